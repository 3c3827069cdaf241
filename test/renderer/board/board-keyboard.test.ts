// Moving a card with the arrow keys walks the grid like a reader: through a cell, on to the next channel or stage.
import type { CollisionDetection, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model';
import { KeyboardNav } from '../../../renderer/features/board/board-keyboard';
import {
  buildCellMap,
  cellDroppableId,
  isBoardItem,
  resolveDrop,
  type BoardItem,
} from '../../../renderer/features/board/board-layout';
import { apply, boardWorkshop, titlesIn } from './board-workshop';

const b = boardWorkshop();
const team = b.team('Team 1');
const web = b.channel('Web');

function setUp() {
  let workshop: Workshop = b.workshop;
  for (const title of ['A', 'B', 'C']) {
    workshop = apply(workshop, { type: 'touchpoint/add', teamId: team, stageId: b.stage('Buy'), channelId: web, title });
  }
  const cells = buildCellMap(workshop.touchpoints, team);
  const nav = new KeyboardNav();
  nav.setLayout({ stageIds: workshop.stages.map((s) => s.id), channelIds: workshop.channels.map((c) => c.id), cells });

  // A laid-out board: every cell and card has a rectangle and its dnd-kit data, as on screen.
  const rects = new Map<string, { left: number; top: number; bottom: number; width: number; height: number }>();
  const data = new Map<string, BoardItem>();
  workshop.stages.forEach((stage, s) => {
    workshop.channels.forEach((channel, c) => {
      const left = 100 + s * 150;
      const top = 100 + c * 100;
      const id = cellDroppableId(stage.id, channel.id);
      rects.set(id, { left, top, bottom: top + 90, width: 140, height: 90 });
      data.set(id, { type: 'cell', stageId: stage.id, channelId: channel.id });
      (cells.get(`${stage.id}\u0000${channel.id}`) ?? []).forEach((card, i) => {
        rects.set(card.id, { left: left + 4, top: top + 4 + i * 25, bottom: top + 24 + i * 25, width: 130, height: 20 });
        data.set(card.id, { type: 'card', touchpointId: card.id, stageId: stage.id, channelId: channel.id });
      });
    });
  });
  const containers = [...data.entries()].map(([id, item]) => ({ id, data: { current: item } }));
  const context = {
    droppableRects: rects,
    droppableContainers: { get: (id: string) => containers.find((c) => c.id === id) },
  } as unknown as Parameters<KeyboardCoordinateGetter>[1]['context'];

  const press = (code: string) => {
    const event = { code, preventDefault: () => undefined } as unknown as KeyboardEvent;
    nav.coordinateGetter(event, { active: 'x', context, currentCoordinates: { x: 0, y: 0 } });
  };
  /** The droppable the keyboard drag is over now, as dnd-kit would be told. */
  const over = (): BoardItem | undefined => {
    const args = { pointerCoordinates: null, droppableContainers: containers } as unknown as Parameters<CollisionDetection>[0];
    const hit = nav.collisionDetection(args)[0];
    const item = hit ? data.get(String(hit.id)) : undefined;
    return isBoardItem(item) ? item : undefined;
  };
  const card = (title: string): BoardItem & { type: 'card' } => {
    const found = workshop.touchpoints.find((t) => t.title === title);
    if (!found) throw new Error(`No ${title}`);
    return { type: 'card', touchpointId: found.id, stageId: found.stageId, channelId: found.channelId };
  };
  const nameOf = (item: BoardItem | undefined): string => {
    if (!item || item.type === 'palette') return 'nothing';
    const stage = workshop.stages.find((s) => s.id === item.stageId)?.name;
    const channel = workshop.channels.find((c) => c.id === item.channelId)?.name;
    if (item.type === 'cell') return `${stage}/${channel}`;
    return workshop.touchpoints.find((t) => t.id === item.touchpointId)?.title ?? '?';
  };
  return { workshop, cells, nav, press, over, card, nameOf };
}

describe('moving a card with the keyboard', () => {
  it('starts over the card itself, so dropping at once changes nothing', () => {
    const t = setUp();
    t.nav.start(t.card('B'));
    expect(t.nameOf(t.over())).toBe('B');
  });

  it('goes down through its cell, then on to the next channel, then sideways to the next stage', () => {
    const t = setUp();
    t.nav.start(t.card('A'));
    const seen: string[] = [];
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowLeft']) {
      t.press(key);
      seen.push(t.nameOf(t.over()));
    }
    expect(seen).toEqual(['B', 'C', 'Buy/App', 'Receive/App', 'Receive/Web', 'C', 'Choose/Web']);
  });

  it('stops at the edges of the board instead of leaving it', () => {
    const t = setUp();
    t.nav.start({ type: 'palette', kind: 'Letter' });
    expect(t.nameOf(t.over())).toBe('Discover/Web');
    t.press('ArrowUp');
    t.press('ArrowLeft');
    expect(t.nameOf(t.over())).toBe('Discover/Web');
  });

  it('drops where it was announced: one place down swaps it with the next card', () => {
    const t = setUp();
    const a = t.card('A');
    t.nav.start(a);
    t.press('ArrowDown');
    const target = t.over();
    if (!target) throw new Error('Not over anything');
    const place = resolveDrop(t.cells, a.touchpointId, target);
    if (!place) throw new Error('No place');
    const after = apply(t.workshop, { type: 'touchpoint/move', touchpointId: a.touchpointId, ...place });
    expect(titlesIn(after, team, b.stage('Buy'), web)).toEqual(['B', 'A', 'C']);
  });
});
