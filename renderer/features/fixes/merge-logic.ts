/**
 * What merging two fixes would give, worked out with the real reducer on a
 * copy, so the preview shows exactly what the host will do: the joined
 * links and pillars, and the dots of the two fixes before and after (dots
 * over a person's per-fix cap go back to them to spend again).
 */
import type { Fix, Id, Workshop } from '../../../shared/model';
import { applyCommand } from '../../../shared/reducer';
import { dotsByFix } from '../../../shared/selectors';

export type MergePreview =
  | {
      readonly ok: true;
      readonly merged: Fix;
      readonly keptDots: number;
      readonly otherDots: number;
      readonly mergedDots: number;
      /** Actions made from the fix that goes, which will point at the kept one. */
      readonly actionsMoved: number;
    }
  | { readonly ok: false; readonly message: string };

/** Every dot on a fix, over all rounds, ballots and wall tallies. */
export function totalDots(workshop: Workshop, fixId: Id): number {
  let sum = 0;
  for (let round = 0; round <= workshop.voting.runoffs.length; round++) sum += dotsByFix(workshop, round).get(fixId) ?? 0;
  return sum;
}

export function mergePreview(workshop: Workshop, keptId: Id, otherId: Id): MergePreview {
  const result = applyCommand(
    workshop,
    { type: 'fix/merge', fixId: keptId, otherFixId: otherId },
    { now: () => workshop.updatedAt, newId: () => 'merge-preview' },
  );
  if (!result.ok) return { ok: false, message: result.error.message };
  const merged = result.state.fixes.find((f) => f.id === keptId);
  if (!merged) return { ok: false, message: 'That fix no longer exists — it may have been deleted.' };
  return {
    ok: true,
    merged,
    keptDots: totalDots(workshop, keptId),
    otherDots: totalDots(workshop, otherId),
    mergedDots: totalDots(result.state, keptId),
    actionsMoved: workshop.actions.filter((a) => a.fixId === otherId).length,
  };
}
