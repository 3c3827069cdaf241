/**
 * A dropped card shows in its new cell before anything else on the page
 * redraws.
 *
 * A drop goes to the host through the workshop's dispatch, which shows the
 * change ahead of the host's answer (renderer/app/optimistic.ts) by redrawing
 * the whole page from the top: tabs, save state, board, curve. On a board of
 * 400 cards that is most of a frame. So the board keeps its own short list of
 * moves on their way: the card is moved in the board's cells at once, in a
 * redraw of the board alone, and the page-wide redraw follows as a React
 * transition, which yields to input and paints. When the host answers (yes
 * or no) the move leaves the list and the board shows the workshop as the
 * host has it: a refused move puts the card back.
 */
import { startTransition, useCallback, useMemo, useState } from 'react';
import type { Touchpoint, Workshop } from '../../../shared/model';
import type { CommandOf } from '../../../shared/reducers/common';
import { moveTouchpoint } from '../../../shared/reducers/board';

export type MoveCommand = CommandOf<'touchpoint/move'>;

/** The touchpoints with the moves applied; a move that no longer fits (its card or cell is gone) is skipped. */
export function withMoves(workshop: Workshop, moves: readonly MoveCommand[]): readonly Touchpoint[] {
  let state = workshop;
  for (const move of moves) {
    const outcome = moveTouchpoint(state, move);
    if (outcome.ok) state = outcome.state;
  }
  return state.touchpoints;
}

export interface MovesShownFirst {
  /** The workshop's touchpoints with the moves still on their way. */
  readonly touchpoints: readonly Touchpoint[];
  /** Shows the move on the board now and sends it; resolves with the refusal sentence, or null when done. */
  readonly move: (command: MoveCommand) => Promise<string | null>;
}

export function useMovesShownFirst(
  workshop: Workshop,
  send: (command: MoveCommand) => Promise<string | null>,
): MovesShownFirst {
  const [moves, setMoves] = useState<readonly MoveCommand[]>([]);
  const touchpoints = useMemo(
    () => (moves.length === 0 ? workshop.touchpoints : withMoves(workshop, moves)),
    [workshop, moves],
  );

  const move = useCallback(
    (command: MoveCommand) => {
      setMoves((list) => [...list, command]);
      let sent: Promise<string | null> = Promise.resolve(null);
      // Only what send does before its first await joins the transition: the page-wide redraw.
      startTransition(() => {
        sent = send(command);
      });
      return sent.finally(() => setMoves((list) => list.filter((m) => m !== command)));
    },
    [send],
  );

  return { touchpoints, move };
}
