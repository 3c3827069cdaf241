// Where a drag would land: the arrow keys walk the grid like a reader; a pointer lands between the cards it is between.
import type { CollisionDetection, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model';
import type { BoardDom } from '../../../renderer/features/board/board-dom';
import { BOARD_DROPPABLE_ID, buildCellMap, cardItem, teamCardsIn } from '../../../renderer/features/board/board-layout';
import { DropTracker } from '../../../renderer/features/board/drop-tracker';
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

  // A laid-out board: cells 150 × 100 from (100, 100); cards 20 px tall, 25 px apart, from 4 px into the cell.
  const cellBox = (stage: number, channel: number) => {
    const left = 100 + stage * 150;
    const top = 100 + channel * 100;
    return { left, top, right: left + 140, bottom: top + 90, width: 140, height: 90 };
  };
  const stageIds = workshop.stages.map((s) => s.id);
  const channelIds = workshop.channels.map((c) => c.id);
  const cardBox = (id: string) => {
    for (const [s, stageId] of stageIds.entries()) {
      for (const [c, channelId] of channelIds.entries()) {
        const i = teamCardsIn(cells, stageId, channelId, team).findIndex((card) => card.id === id);
        if (i < 0) continue;
        const cell = cellBox(s, c);
        const top = cell.top + 4 + i * 25;
        return { left: cell.left + 4, top, right: cell.left + 134, bottom: top + 20, width: 130, height: 20 };
      }
    }
    return undefined;
  };
  const dom: BoardDom = {
    cellAt: (x, y) => {
      const s = Math.floor((x - 100) / 150);
      const c = Math.floor((y - 100) / 100);
      const stageId = stageIds[s];
      const channelId = channelIds[c];
      return stageId && channelId ? { stageId, channelId } : null;
    },
    cellRect: (cell) => cellBox(stageIds.indexOf(cell.stageId), channelIds.indexOf(cell.channelId)),
    cardRect: cardBox,
    middles: (cell, teamId, leaveOut) =>
      teamCardsIn(cells, cell.stageId, cell.channelId, teamId)
        .filter((card) => card.id !== leaveOut)
        .map((card) => {
          const box = cardBox(card.id);
          return box ? box.top + box.height / 2 : 0;
        }),
  };
  const tracker = new DropTracker(dom);
  tracker.setLayout({ stageIds, channelIds, cells, teamId: team });

  const press = (code: string) => {
    const event = { code, preventDefault: () => undefined } as unknown as KeyboardEvent;
    const context = {} as Parameters<KeyboardCoordinateGetter>[1]['context'];
    tracker.coordinateGetter(event, { active: 'x', context, currentCoordinates: { x: 0, y: 0 } });
  };
  const board = { id: BOARD_DROPPABLE_ID, data: { current: undefined } };
  /** What dnd-kit is told the drag is over, given the pointer (null for a keyboard drag). */
  const collide = (pointer: { x: number; y: number } | null) => {
    const args = { pointerCoordinates: pointer, droppableContainers: [board] } as unknown as Parameters<CollisionDetection>[0];
    return tracker.collisionDetection(args).map((hit) => hit.id);
  };
  const card = (title: string) => {
    const found = workshop.touchpoints.find((t) => t.title === title);
    if (!found) throw new Error(`No ${title}`);
    return cardItem(found);
  };
  /** The place in words: "Buy/Web 1". */
  const where = (): string => {
    const place = tracker.place();
    if (!place) return 'nowhere';
    const stage = workshop.stages.find((s) => s.id === place.stageId)?.name;
    const channel = workshop.channels.find((c) => c.id === place.channelId)?.name;
    return `${stage}/${channel} ${place.index}`;
  };
    const cellNamed = (stage: string, channel: string) => cellBox(stageIds.indexOf(b.stage(stage)), channelIds.indexOf(b.channel(channel)));
  return { workshop, tracker, press, collide, card, where, cellNamed };
}

describe('moving a card with the keyboard', () => {
  it('starts at the card’s own place, so dropping at once changes nothing', () => {
    const t = setUp();
    t.tracker.start(t.card('B'));
    expect(t.collide(null)).toEqual([BOARD_DROPPABLE_ID]);
    expect(t.where()).toBe('Buy/Web 1');
  });

  it('goes down through its cell, then on to the next channel, then sideways to the next stage', () => {
    const t = setUp();
    t.tracker.start(t.card('A'));
    const seen: string[] = [];
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowLeft']) {
      t.press(key);
      seen.push(t.where());
    }
    // Away from its cell the card can also go after the last card; at home the last place is its own.
    expect(seen).toEqual(['Buy/Web 1', 'Buy/Web 2', 'Buy/App 0', 'Receive/App 0', 'Receive/Web 0', 'Buy/Web 2', 'Choose/Web 0']);
  });

  it('stops at the edges of the board instead of leaving it', () => {
    const t = setUp();
    t.tracker.start({ type: 'palette', kind: 'Letter' });
    expect(t.where()).toBe('Discover/Web 0');
    t.press('ArrowUp');
    t.press('ArrowLeft');
    expect(t.where()).toBe('Discover/Web 0');
  });

  it('drops where it was announced: one place down swaps it with the next card', () => {
    const t = setUp();
    const a = t.card('A');
    t.tracker.start(a);
    t.press('ArrowDown');
    const place = t.tracker.place();
    if (!place) throw new Error('No place');
    const after = apply(t.workshop, { type: 'touchpoint/move', touchpointId: a.touchpointId, ...place });
    expect(titlesIn(after, team, b.stage('Buy'), web)).toEqual(['B', 'A', 'C']);
  });
});

describe('moving a card with a pointer', () => {
  it('lands between the cards the pointer is between, in the cell under it', () => {
    const t = setUp();
    t.tracker.start(t.card('C'));
    const buy = t.cellNamed('Buy', 'Web');
    // The others are A and B, with middles 14 and 39 px into the cell.
    t.collide({ x: buy.left + 50, y: buy.top + 5 });
    expect(t.where()).toBe('Buy/Web 0');
    t.collide({ x: buy.left + 50, y: buy.top + 30 });
    expect(t.where()).toBe('Buy/Web 1');
    const use = t.cellNamed('Use', 'Phone');
    t.collide({ x: use.left + 50, y: use.top + 50 });
    expect(t.where()).toBe('Use/Phone 0');
  });

  it('is over nothing outside the grid, so a drop there changes nothing', () => {
    const t = setUp();
    t.tracker.start(t.card('C'));
    expect(t.collide({ x: 10, y: 10 })).toEqual([]);
    expect(t.tracker.place()).toBeNull();
  });
});
