/**
 * Where the workshop page's skip links lead, screen by screen: always to the
 * screen itself (its tab panel), and on a screen with one place people work
 * in, straight there — the Map's board, the Frame's "New stage" field. The
 * ids are set by the screens that own those places.
 */
import type { Phase } from '../../../shared/model';
import type { SkipLink } from '../../ui';

/** The board grid (BoardGrid): its skip link lands on the card or cell the arrow keys last reached. */
export const BOARD_GRID_ID = 'board-grid';
/** The Frame's field that adds a stage (NamedList, noun "stage"). */
export const NEW_STAGE_ID = 'new-stage';

export function skipLinksFor(phase: Phase, screenLabel: string, panelId: string, mayEditFrame: boolean): readonly SkipLink[] {
  const toScreen: SkipLink = { label: `Skip to the ${screenLabel} screen`, targetId: panelId };
  if (phase === 'map') return [{ label: 'Skip to the board', targetId: BOARD_GRID_ID }, toScreen];
  if (phase === 'frame' && mayEditFrame) return [toScreen, { label: 'Skip to New stage', targetId: NEW_STAGE_ID }];
  return [toScreen];
}
