// A screen-reader user hears where a card is in words — stage and channel — never list positions.
import type { Active, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { makeAnnouncements } from '../../../renderer/features/board/board-announcements';
import type { BoardItem } from '../../../renderer/features/board/board-layout';
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

const entry = (id: string, item: BoardItem) => ({ id, data: { current: item } }) as unknown as Active & Over;
const checkoutItem = entry(checkout.id, { type: 'card', touchpointId: checkout.id, stageId: checkout.stageId, channelId: checkout.channelId });
const welcomeItem = entry(welcome.id, { type: 'card', touchpointId: welcome.id, stageId: welcome.stageId, channelId: welcome.channelId });
const receiveStore = entry('cell', { type: 'cell', stageId: b.stage('Receive'), channelId: b.channel('Store') });

describe('drag announcements', () => {
  it('name the card, then where it is, when it is picked up', () => {
    const say = makeAnnouncements(workshop);
    say.onDragStart({ active: checkoutItem });
    const first = say.onDragOver?.({ active: checkoutItem, over: checkoutItem });
    expect(first).toBe("Picked up card 'Checkout page'. Over Buy, Web.");
  });

  it('say the stage and channel it is over, and the card it would take the place of', () => {
    const say = makeAnnouncements(workshop);
    const over = (target: Over | null) =>
      say.onDragOver?.({ active: checkoutItem, over: target });
    expect(over(receiveStore)).toBe('Over Receive, Store.');
    expect(over(welcomeItem)).toBe("Over Use, App, in the place of 'Welcome screen'.");
    expect(over(null)).toBe('Not over the board.');
    for (const text of [over(receiveStore), over(welcomeItem)]) expect(text).not.toMatch(/\d/);
  });

  it('confirm a drop and a cancel in words', () => {
    const say = makeAnnouncements(workshop);
    const drag = { active: checkoutItem };
    expect(say.onDragEnd({ ...drag, over: receiveStore })).toBe("Dropped 'Checkout page' in Receive, Store.");
    expect(say.onDragCancel({ ...drag, over: null })).toBe("Cancelled. 'Checkout page' stays in Buy, Web.");
    const palette = entry('p', { type: 'palette', kind: 'Letter' });
    expect(say.onDragEnd({ ...drag, active: palette, over: receiveStore })).toBe("Added a 'Letter' card in Receive, Store.");
  });
});
