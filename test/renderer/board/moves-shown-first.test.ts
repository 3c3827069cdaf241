// A dropped card shows in its new cell before the host answers: the board reads the open
// workshop's store (renderer/store/live-workshop.ts), which shows a move ahead of the host with the
// same reducer the host runs, so the card lands where the host will put it.
import { describe, expect, it } from 'vitest';
import type { CommandOf } from '../../../shared/reducers/common';
import type { Touchpoint } from '../../../shared/model';
import { ClientError } from '../../../renderer/api/client';
import { FakeHost, openStore } from '../app/live-support';
import { apply, boardWorkshop, titlesIn } from './board-workshop';

type MoveCommand = CommandOf<'touchpoint/move'>;

async function setUp() {
  const board = boardWorkshop();
  const team = board.team('Team 1');
  const [discover, buy, web] = [board.stage('Discover'), board.stage('Buy'), board.channel('Web')];
  const workshop = apply(
    board.workshop,
    { type: 'touchpoint/add', teamId: team, stageId: discover, channelId: web, title: 'Advert' },
    { type: 'touchpoint/add', teamId: team, stageId: buy, channelId: web, title: 'Basket' },
    { type: 'touchpoint/add', teamId: team, stageId: buy, channelId: web, title: 'Checkout' },
  );
  const id = (title: string) => workshop.touchpoints.find((t) => t.title === title)?.id ?? 'missing';
  const move = (title: string, stageId: string, index: number): MoveCommand => ({
    type: 'touchpoint/move',
    touchpointId: id(title),
    stageId,
    channelId: web,
    index,
  });
  const cell = (touchpoints: readonly Touchpoint[] | undefined, stageId: string) =>
    titlesIn({ ...workshop, touchpoints: touchpoints ?? [] }, team, stageId, web);
  const opened = await openStore(new FakeHost(workshop));
  const shown = () => opened.store.getState().workshop?.touchpoints;
  return { ...opened, workshop, discover, buy, move, cell, shown };
}

describe('moves shown on the board ahead of the host', () => {
  it('puts the card at its place among the team’s cards in the new cell, as the host will', async () => {
    const { host, client, store, discover, buy, move, cell, shown } = await setUp();
    const command = move('Advert', buy, 1);
    const sent = store.dispatch(command);
    expect(cell(shown(), buy)).toEqual(['Basket', 'Advert', 'Checkout']);
    expect(cell(shown(), discover)).toEqual([]);

    // The host's answer, made by the real reducer, is the same board.
    client.answer('workshop/dispatch', host.apply(command));
    await sent;
    expect(cell(host.state.touchpoints, buy)).toEqual(['Basket', 'Advert', 'Checkout']);
    expect(cell(shown(), buy)).toEqual(['Basket', 'Advert', 'Checkout']);
    expect(store.getState().workshop).toEqual(host.state);
  });

  it('leaves the workshop it was given as it was, and puts the card back when the host refuses the move', async () => {
    const { client, store, workshop, discover, buy, move, cell, shown } = await setUp();
    const sent = store.dispatch(move('Advert', buy, 0));
    expect(cell(shown(), buy)).toEqual(['Advert', 'Basket', 'Checkout']);
    expect(cell(workshop.touchpoints, discover)).toEqual(['Advert']);

    client.fail('workshop/dispatch', new ClientError('not-found', 'This stage was removed by someone else.'));
    expect(await sent).toEqual({ ok: false, message: 'This stage was removed by someone else.' });
    expect(cell(shown(), discover)).toEqual(['Advert']);
    expect(cell(shown(), buy)).toEqual(['Basket', 'Checkout']);
  });

  it('applies several drops in order, and skips one whose card or cell has gone', async () => {
    const { host, client, store, discover, buy, move, cell, shown } = await setUp();
    const moves = [move('Basket', discover, 0), { ...move('Advert', buy, 0), stageId: 'removed-stage' }, move('Checkout', discover, 0)];
    const sent = moves.map((command) => store.dispatch(command));
    expect(cell(shown(), discover)).toEqual(['Checkout', 'Basket', 'Advert']);
    expect(cell(shown(), buy)).toEqual([]);

    // The host makes the first and last, and refuses the one into a stage that is gone.
    const [first, gone, last] = moves;
    if (!first || !gone || !last) throw new Error('three moves');
    client.answer('workshop/dispatch', host.apply(first));
    client.fail('workshop/dispatch', new ClientError('not-found', 'This stage was removed by someone else.'));
    client.answer('workshop/dispatch', host.apply(last));
    await Promise.all(sent);
    expect(cell(shown(), discover)).toEqual(['Checkout', 'Basket', 'Advert']);
    expect(store.getState().workshop).toEqual(host.state);
  });
});
