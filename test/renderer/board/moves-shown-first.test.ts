// A dropped card shows in its new cell before the host answers (use-moves-shown-first.ts).
import { describe, expect, it } from 'vitest';
import { withMoves, type MoveCommand } from '../../../renderer/features/board/use-moves-shown-first';
import { apply, boardWorkshop, titlesIn } from './board-workshop';

function setUp() {
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
  const cell = (touchpoints: typeof workshop.touchpoints, stageId: string) =>
    titlesIn({ ...workshop, touchpoints }, team, stageId, web);
  return { workshop, discover, buy, move, cell };
}

describe('moves shown on the board ahead of the host', () => {
  it('puts the card at its place among the team’s cards in the new cell, as the host will', () => {
    const { workshop, discover, buy, move, cell } = setUp();
    const command = move('Advert', buy, 1);
    const shown = withMoves(workshop, [command]);
    expect(cell(shown, buy)).toEqual(['Basket', 'Advert', 'Checkout']);
    expect(cell(shown, discover)).toEqual([]);
    // The host's answer, applied by the real reducer, is the same board.
    expect(cell(apply(workshop, command).touchpoints, buy)).toEqual(cell(shown, buy));
  });

  it('leaves the workshop it was given as it was', () => {
    const { workshop, discover, buy, move, cell } = setUp();
    withMoves(workshop, [move('Advert', buy, 0)]);
    expect(cell(workshop.touchpoints, discover)).toEqual(['Advert']);
  });

  it('changes nothing once the host has made the same move', () => {
    const { workshop, buy, move } = setUp();
    const command = move('Checkout', buy, 0);
    const confirmed = apply(workshop, command);
    expect(withMoves(confirmed, [command])).toEqual(confirmed.touchpoints);
  });

  it('applies several drops in order, and skips one whose card or cell has gone', () => {
    const { workshop, discover, buy, move, cell } = setUp();
    const shown = withMoves(workshop, [
      move('Basket', discover, 0),
      { ...move('Advert', buy, 0), stageId: 'removed-stage' },
      move('Checkout', discover, 0),
    ]);
    expect(cell(shown, discover)).toEqual(['Checkout', 'Basket', 'Advert']);
    expect(cell(shown, buy)).toEqual([]);
  });
});
