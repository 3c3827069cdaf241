/**
 * The fix form's rules, apart from React: what a blank form holds, what an
 * existing fix looks like in the form, what is wrong with a draft, and the
 * command a valid draft becomes. The host checks the same rules again.
 */
import type { ClientCommand } from '../../../shared/commands';
import { NAME_MAX, TEXT_MAX, type Fix, type Id, type Workshop } from '../../../shared/model';

export interface FixDraft {
  readonly title: string;
  readonly description: string;
  /** Every touchpoint the fix is linked to, in the order they were linked; the first is the main one. */
  readonly touchpointIds: readonly Id[];
  readonly pillarIds: readonly Id[];
  readonly impact: number;
  readonly effort: number;
  readonly teamId: Id;
}

export type FixDraftErrors = Partial<Record<'title' | 'description', string>>;

/** A middle impact and effort: people move them from there more readily than from an extreme. */
export function emptyDraft(teamId: Id): FixDraft {
  return { title: '', description: '', touchpointIds: [], pillarIds: [], impact: 3, effort: 3, teamId };
}

/**
 * The form once a fix is added: blank for the next one from the same team.
 * Nothing of the last fix stays linked, or the next one would be tied to its
 * touchpoints without anyone choosing them.
 */
export function draftAfterAdd(added: FixDraft): FixDraft {
  return emptyDraft(added.teamId);
}

export function draftFromFix(fix: Fix): FixDraft {
  return {
    title: fix.title,
    description: fix.description,
    touchpointIds: [...fix.touchpointIds],
    pillarIds: [...fix.pillarIds],
    impact: fix.impact,
    effort: fix.effort,
    teamId: fix.teamId,
  };
}

export function validateFixDraft(draft: FixDraft): FixDraftErrors {
  const errors: { title?: string; description?: string } = {};
  const title = draft.title.trim();
  if (title.length === 0) errors.title = 'Give the fix a short title.';
  else if (title.length > NAME_MAX) {
    errors.title = `Keep the title to ${NAME_MAX} characters or fewer (it has ${title.length}).`;
  }
  if (draft.description.length > TEXT_MAX) {
    errors.description = `Keep the description to ${TEXT_MAX} characters or fewer (it has ${draft.description.length}).`;
  }
  return errors;
}

export function hasErrors(errors: FixDraftErrors): boolean {
  return errors.title !== undefined || errors.description !== undefined;
}

/** Links one more touchpoint, after those already linked; linking one twice changes nothing. */
export function withLink(draft: FixDraft, touchpointId: Id): FixDraft {
  if (draft.touchpointIds.includes(touchpointId)) return draft;
  return { ...draft, touchpointIds: [...draft.touchpointIds, touchpointId] };
}

/** Removes one link, keeping the others in their order. */
export function withoutLink(draft: FixDraft, touchpointId: Id): FixDraft {
  return { ...draft, touchpointIds: draft.touchpointIds.filter((id) => id !== touchpointId) };
}

/**
 * Drops links to touchpoints removed (by someone else) while the form was
 * open, so saving is not refused over a card that is already gone.
 */
export function withExistingLinks(draft: FixDraft, workshop: Workshop): FixDraft {
  const kept = draft.touchpointIds.filter((id) => workshop.touchpoints.some((t) => t.id === id));
  return kept.length === draft.touchpointIds.length ? draft : { ...draft, touchpointIds: kept };
}


/** Ticks or unticks a pillar, keeping the framework's order so lists read the same everywhere. */
export function withPillar(draft: FixDraft, pillarId: Id, on: boolean, pillarOrder: readonly Id[]): FixDraft {
  const chosen = new Set(draft.pillarIds);
  if (on) chosen.add(pillarId);
  else chosen.delete(pillarId);
  const ordered = pillarOrder.filter((id) => chosen.has(id));
  // Pillars of another framework stay attached; they were chosen once and may count again.
  const others = draft.pillarIds.filter((id) => !pillarOrder.includes(id));
  return { ...draft, pillarIds: [...ordered, ...others] };
}

export function addCommand(draft: FixDraft): Extract<ClientCommand, { type: 'fix/add' }> {
  return {
    type: 'fix/add',
    teamId: draft.teamId,
    title: draft.title.trim(),
    description: draft.description.trim(),
    touchpointIds: [...draft.touchpointIds],
    pillarIds: [...draft.pillarIds],
    impact: draft.impact,
    effort: draft.effort,
  };
}

export function updateCommand(fix: Fix, draft: FixDraft): Extract<ClientCommand, { type: 'fix/update' }> {
  const { teamId, title, description, touchpointIds, pillarIds, impact, effort } = addCommand(draft);
  const command = { type: 'fix/update', fixId: fix.id, title, description, touchpointIds, pillarIds, impact, effort } as const;
  // The team is sent only when it changes: handing a fix over is checked against the dots on it.
  return teamId === fix.teamId ? command : { ...command, teamId };
}

/** What impact and effort levels mean, for labels and the list. */
export const IMPACT_WORDS = ['', 'tiny', 'small', 'medium', 'large', 'huge'] as const;
export const EFFORT_WORDS = ['', 'trivial', 'light', 'moderate', 'heavy', 'very heavy'] as const;

/** A new fix about a pain point: its touchpoint, its weakest pillars (all of a tie), proposed by the team whose card it is. */
export function draftFromPain(touchpointId: Id, pillarIds: readonly Id[], teamId: Id): FixDraft {
  return { ...emptyDraft(teamId), touchpointIds: [touchpointId], pillarIds: [...pillarIds] };
}
