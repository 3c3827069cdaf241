// Where a dropped card lands: the same place the sortable list showed while dragging, checked with the real reducer.
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model';
import {
  buildCellMap,
  isSamePlace,
  resolveDrop,
  type BoardItem,
} from '../../../renderer/features/board/board-layout';
import { apply, boardWorkshop, titlesIn } from './board-workshop';

const b = boardWorkshop();
const team1 = b.team('Team 1');
const team2 = b.team('Team 2');
const buy = b.stage('Buy');
const use = b.stage('Use');
const web = b.channel('Web');

function add(workshop: Workshop, teamId: string, stageId: string, title: string): Workshop {
  return apply(workshop, { type: 'touchpoint/add', teamId, stageId, channelId: web, title });
}

/** Four Team 1 cards in Buy/Web, with a Team 2 card in between that must not count. */
function fourCards(): Workshop {
  let w = b.workshop;
  w = add(w, team1, buy, 'A');
  w = add(w, team1, buy, 'B');
  w = add(w, team2, buy, 'Other team');
  w = add(w, team1, buy, 'C');
  w = add(w, team1, buy, 'D');
  return w;
}

function cardItem(workshop: Workshop, title: string): BoardItem & { type: 'card' } {
  const card = workshop.touchpoints.find((t) => t.title === title);
  if (!card) throw new Error(`No card ${title}`);
  return { type: 'card', touchpointId: card.id, stageId: card.stageId, channelId: card.channelId };
}

function drop(workshop: Workshop, dragged: string, over: BoardItem): Workshop {
  const item = cardItem(workshop, dragged);
  const cells = buildCellMap(workshop.touchpoints, team1);
  const place = resolveDrop(cells, item.touchpointId, over);
  if (!place) throw new Error('No place');
  return apply(workshop, { type: 'touchpoint/move', touchpointId: item.touchpointId, ...place });
}

function arrayMove<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved as T);
  return copy;
}

describe('dropping a card inside its own cell', () => {
  it('puts it where the sortable list showed it, for every pair of cards', () => {
    const start = fourCards();
    const order = ['A', 'B', 'C', 'D'];
    for (let from = 0; from < order.length; from += 1) {
      for (let to = 0; to < order.length; to += 1) {
        const after = drop(start, order[from] as string, cardItem(start, order[to] as string));
        expect(titlesIn(after, team1, buy, web)).toEqual(arrayMove(order, from, to));
      }
    }
  });

  it('leaves other teams’ cards in the cell alone', () => {
    const w = fourCards();
    const after = drop(w, 'A', cardItem(w, 'D'));
    expect(titlesIn(after, team2, buy, web)).toEqual(['Other team']);
  });

  it('recognises a drop back on its own place, so no command is sent', () => {
    const w = fourCards();
    const cells = buildCellMap(w.touchpoints, team1);
    const c = w.touchpoints.find((t) => t.title === 'C');
    if (!c) throw new Error('No C');
    const place = resolveDrop(cells, c.id, cardItem(w, 'C'));
    expect(place && isSamePlace(cells, c, place)).toBe(true);
    const elsewhere = resolveDrop(cells, c.id, cardItem(w, 'A'));
    expect(elsewhere && isSamePlace(cells, c, elsewhere)).toBe(false);
  });
});

describe('dropping a card in another cell', () => {
  it('over a card puts it just before that card', () => {
    let w = fourCards();
    w = add(w, team1, use, 'X');
    w = add(w, team1, use, 'Y');
    const after = drop(w, 'B', cardItem(w, 'Y'));
    expect(titlesIn(after, team1, use, web)).toEqual(['X', 'B', 'Y']);
    expect(titlesIn(after, team1, buy, web)).toEqual(['A', 'C', 'D']);
  });

  it('over the cell itself puts it at the end', () => {
    let w = fourCards();
    w = add(w, team1, use, 'X');
    const after = drop(w, 'A', { type: 'cell', stageId: use, channelId: web });
    expect(titlesIn(after, team1, use, web)).toEqual(['X', 'A']);
  });

  it('over the end of its own cell moves it to the end there', () => {
    const w = fourCards();
    const after = drop(w, 'A', { type: 'cell', stageId: buy, channelId: web });
    expect(titlesIn(after, team1, buy, web)).toEqual(['B', 'C', 'D', 'A']);
  });
});

describe('dropping from the palette', () => {
  it('adds the new card before the card it was dropped on', () => {
    const w = fourCards();
    const place = resolveDrop(buildCellMap(w.touchpoints, team1), null, cardItem(w, 'C'));
    if (!place) throw new Error('No place');
    const after = apply(w, { type: 'touchpoint/add', teamId: team1, title: 'Web page', ...place });
    expect(titlesIn(after, team1, buy, web)).toEqual(['A', 'B', 'Web page', 'C', 'D']);
  });

  it('is not a place to drop on', () => {
    const w = fourCards();
    expect(resolveDrop(buildCellMap(w.touchpoints, team1), null, { type: 'palette', kind: 'Letter' })).toBeNull();
  });
});
