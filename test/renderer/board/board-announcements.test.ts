// A screen-reader user hears where a card is in words — stage and channel — never list positions.
import type { Active, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { makeAnnouncements, type DropSource } from '../../../renderer/features/board/board-announcements';
import { BOARD_DROPPABLE_ID, cardItem, type BoardItem, type DropPlace } from '../../../renderer/features/board/board-layout';
import { apply, boardWorkshop } from './board-workshop';

const b = boardWorkshop();
const team = b.team('Team 1');
const workshop = apply(
  b.workshop,
  { type: 'touchpoint/add', teamId: team, stageId: b.stage('Buy'), channelId: b.channel('Web'), title: 'Checkout page' },
  { type: 'touchpoint/add', teamId: team, stageId: b.stage('Use'), channelId: b.channel('App'), title: 'Welcome screen' },
);
const checkout = workshop.touchpoints.find((t) => t.title === 'Checkout page');
const welcome = workshop.touchpoints.find((t) => t.title === 'Welcome screen');
if (!checkout || !welcome) throw new Error('Cards missing');

const entry = (id: string, item: BoardItem | undefined) => ({ id, data: { current: item } }) as unknown as Active & Over;
const dragged = entry('board-card', cardItem(checkout));
const board = entry(BOARD_DROPPABLE_ID, undefined);

/** A drop tracker that is wherever the test says. */
function source(byKeyboard = false) {
  let place: DropPlace | null = null;
  const fake: DropSource = {
    place: () => place,
    dragged: () => ({ teamId: team, cardId: checkout?.id ?? null }),
    byKeyboard: () => byKeyboard,
  };
  const at = (stage: string, channel: string, index = 0) => {
    place = { stageId: b.stage(stage), channelId: b.channel(channel), index };
  };
  const nowhere = () => {
    place = null;
  };
  return { fake, at, nowhere };
}

describe('drag announcements', () => {
  it('name the card, then where it is, when it is picked up', () => {
    const s = source();
    const say = makeAnnouncements(workshop, s.fake);
    say.onDragStart({ active: dragged });
    s.at('Buy', 'Web');
    expect(say.onDragOver?.({ active: dragged, over: board })).toBe("Picked up card 'Checkout page'. Over Buy, Web.");
  });

  it('say the stage and channel it is over, and stay quiet while it moves inside a cell', () => {
    const s = source();
    const say = makeAnnouncements(workshop, s.fake);
    const move = () => say.onDragMove?.({ active: dragged, over: board });
    s.at('Receive', 'Store');
    expect(move()).toBe('Over Receive, Store.');
    s.at('Receive', 'Store', 1);
    expect(move()).toBeUndefined();
    s.nowhere();
    expect(move()).toBe('Not over the board.');
    s.at('Use', 'App');
    expect(move()).not.toMatch(/\d/);
  });

  it('by keyboard, say which card it would go before inside a cell', () => {
    const s = source(true);
    const say = makeAnnouncements(workshop, s.fake);
    const move = () => say.onDragMove?.({ active: dragged, over: board });
    s.at('Use', 'App', 1);
    expect(move()).toBe('Over Use, App.');
    s.at('Use', 'App', 0);
    expect(move()).toBe("Before 'Welcome screen' in Use, App.");
    s.at('Use', 'App', 1);
    expect(move()).toBe('At the end of Use, App.');
  });

  it('confirm a drop and a cancel in words', () => {
    const s = source();
    const say = makeAnnouncements(workshop, s.fake);
    s.at('Receive', 'Store');
    say.onDragMove?.({ active: dragged, over: board });
    expect(say.onDragEnd({ active: dragged, over: board })).toBe("Dropped 'Checkout page' in Receive, Store.");
    expect(say.onDragCancel({ active: dragged, over: null })).toBe("Cancelled. 'Checkout page' stays in Buy, Web.");
    const palette = entry('p', { type: 'palette', kind: 'Letter' });
    say.onDragMove?.({ active: palette, over: board });
    expect(say.onDragEnd({ active: palette, over: board })).toBe("Added a 'Letter' card in Receive, Store.");
    expect(say.onDragEnd({ active: dragged, over: null })).toBe("Dropped 'Checkout page' outside the board. Nothing changed.");
  });
});
