// Where a dropped card lands: the place the drop line showed, checked with the real reducer.
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model';
import {
  buildCellMap,
  indexAtPointer,
  isSamePlace,
  sameCards,
  teamCardsIn,
  type DropPlace,
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

const id = (workshop: Workshop, title: string): string => {
  const card = workshop.touchpoints.find((t) => t.title === title);
  if (!card) throw new Error(`No card ${title}`);
  return card.id;
};

/**
 * Drops `dragged` with the pointer at height `y` in a cell where the team's
 * other cards are 30 px tall and stacked from 0 (middles at 15, 45, 75 …), as
 * the board computes it from the page.
 */
function dropAt(workshop: Workshop, dragged: string, stageId: string, y: number): Workshop {
  const draggedId = id(workshop, dragged);
  const others = teamCardsIn(buildCellMap(workshop.touchpoints, null), stageId, web, team1).filter((c) => c.id !== draggedId);
  const middles = others.map((_, i) => 15 + i * 30);
  const place: DropPlace = { stageId, channelId: web, index: indexAtPointer(middles, y) };
  return apply(workshop, { type: 'touchpoint/move', touchpointId: draggedId, ...place });
}

describe('dropping a card inside its own cell', () => {
  it('puts it between the cards the pointer is between', () => {
    const start = fourCards();
    // The others of A are B, C, D (middles 15, 45, 75).
    expect(titlesIn(dropAt(start, 'A', buy, 5), team1, buy, web)).toEqual(['A', 'B', 'C', 'D']);
    expect(titlesIn(dropAt(start, 'A', buy, 30), team1, buy, web)).toEqual(['B', 'A', 'C', 'D']);
    expect(titlesIn(dropAt(start, 'A', buy, 60), team1, buy, web)).toEqual(['B', 'C', 'A', 'D']);
    expect(titlesIn(dropAt(start, 'A', buy, 200), team1, buy, web)).toEqual(['B', 'C', 'D', 'A']);
    expect(titlesIn(dropAt(start, 'D', buy, 0), team1, buy, web)).toEqual(['D', 'A', 'B', 'C']);
  });

  it('leaves other teams’ cards in the cell alone', () => {
    const w = fourCards();
    const after = dropAt(w, 'A', buy, 200);
    expect(titlesIn(after, team2, buy, web)).toEqual(['Other team']);
  });

  it('recognises a drop back on its own place, so no command is sent', () => {
    const w = fourCards();
    const cells = buildCellMap(w.touchpoints, team1);
    const c = w.touchpoints.find((t) => t.title === 'C');
    if (!c) throw new Error('No C');
    expect(isSamePlace(cells, c, { stageId: buy, channelId: web, index: 2 })).toBe(true);
    expect(isSamePlace(cells, c, { stageId: buy, channelId: web, index: 0 })).toBe(false);
    expect(isSamePlace(cells, c, { stageId: use, channelId: web, index: 2 })).toBe(false);
  });

  it('counts places among the card’s own team when every team is shown', () => {
    const w = fourCards();
    const cells = buildCellMap(w.touchpoints, null);
    const c = w.touchpoints.find((t) => t.title === 'C');
    if (!c) throw new Error('No C');
    // C is the fourth card in the cell, but the third of Team 1's.
    expect(isSamePlace(cells, c, { stageId: buy, channelId: web, index: 2 })).toBe(true);
  });
});

describe('dropping a card in another cell', () => {
  it('between two cards puts it between them', () => {
    let w = fourCards();
    w = add(w, team1, use, 'X');
    w = add(w, team1, use, 'Y');
    const after = dropAt(w, 'B', use, 30);
    expect(titlesIn(after, team1, use, web)).toEqual(['X', 'B', 'Y']);
    expect(titlesIn(after, team1, buy, web)).toEqual(['A', 'C', 'D']);
  });

  it('below the last card puts it at the end, and in an empty cell it is the only one', () => {
    let w = fourCards();
    w = add(w, team1, use, 'X');
    expect(titlesIn(dropAt(w, 'A', use, 100), team1, use, web)).toEqual(['X', 'A']);
    const empty = dropAt(fourCards(), 'A', use, 100);
    expect(titlesIn(empty, team1, use, web)).toEqual(['A']);
  });
});

describe('redrawing', () => {
  it('treats a card from a fresh snapshot as the same card, but not one that changed', () => {
    const w = fourCards();
    const cards = teamCardsIn(buildCellMap(w.touchpoints, team1), buy, web, team1);
    const copies = cards.map((card) => ({ ...card }));
    expect(sameCards(cards, copies)).toBe(true);
    expect(sameCards(cards, copies.map((card, i) => (i === 1 ? { ...card, title: 'Renamed' } : card)))).toBe(false);
    expect(sameCards(cards, [...copies].reverse())).toBe(false);
  });
});

describe('every team on the board', () => {
  it('keeps each team’s cards together in a cell, in the teams’ order', () => {
    const w = fourCards();
    const cells = buildCellMap(w.touchpoints, null, [team2, team1]);
    const titles = teamCardsIn(cells, buy, web, team1).map((c) => c.title);
    expect(titles).toEqual(['A', 'B', 'C', 'D']);
    const all = (cells.get(`${buy}\u0000${web}`) ?? []).map((c) => c.title);
    expect(all).toEqual(['Other team', 'A', 'B', 'C', 'D']);
  });
});
