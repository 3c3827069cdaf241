/**
 * The Plan screen's rules, apart from React: which fixes are offered as
 * actions (by votes once they are revealed, otherwise all of them), the
 * command that turns a fix into an action, and the warnings an action
 * carries (no owner, a date already past).
 */
import type { ClientCommand } from '../../../shared/commands';
import type { Action, Fix, Workshop } from '../../../shared/model';
import { finalRanking, resultsVisible, votingStarted, type RankedFix } from '../../../shared/selectors';
import { dotsInRound } from '../../../shared/present/rounds';
// The Vote screen's wording, so a tie reads the same on both screens.
import { rankLabel } from '../../../shared/present/ranks';

export interface Candidate {
  readonly fix: Fix;
  /** Dots on it, when the tally may be shown: those of one round, never rounds added up. */
  readonly dots: number | null;
  /** The dots in words, with their round once there are runoffs ("4 dots in runoff 1"); null with `dots`. */
  readonly dotsWords: string | null;
  /** "1st", "tied 2nd"…, as the Vote screen writes them, when ranked by votes. */
  readonly rank: string | null;
  /** Shares its rank with another fix. */
  readonly tied: boolean;
  /** Already turned into an action. */
  readonly actioned: boolean;
}

export interface Candidates {
  /**
   * 'votes': ranked by the revealed tally. 'hidden': people voted, but the
   * tally is still secret, so fixes are listed as proposed. 'no-votes':
   * nobody voted; every fix is a candidate.
   */
  readonly basis: 'votes' | 'hidden' | 'no-votes';
  /** The fixes to offer first. */
  readonly top: readonly Candidate[];
  /** Fixes without dots when ranked by votes; still available, listed after. */
  readonly others: readonly Candidate[];
}

export function candidateFixes(workshop: Workshop): Candidates {
  const actioned = new Set(workshop.actions.map((a) => a.fixId).filter((id) => id !== null));
  const plain = (fix: Fix): Candidate => ({ fix, dots: null, dotsWords: null, rank: null, tied: false, actioned: actioned.has(fix.id) });
  if (!votingStarted(workshop)) return { basis: 'no-votes', top: workshop.fixes.map(plain), others: [] };
  // Respect the secret ballot: the plan does not leak a tally the facilitator has not revealed.
  if (!resultsVisible(workshop)) return { basis: 'hidden', top: workshop.fixes.map(plain), others: [] };
  // The whole vote's order: a runoff's fixes first, by its dots, then the rest by the round before.
  const runoffs = workshop.voting.runoffs.length;
  const ranked = finalRanking(workshop);
  const candidate = (r: RankedFix): Candidate => ({
    fix: r.fix,
    dots: r.dots,
    dotsWords: dotsInRound(r.dots, r.round, runoffs),
    rank: rankLabel(r),
    tied: r.tied,
    actioned: actioned.has(r.fix.id),
  });
  // A fix that went to a runoff keeps its place above the rest, even with no dots in the runoff itself.
  const ranks = (r: RankedFix) => r.dots > 0 || r.round > 0;
  return {
    basis: 'votes',
    top: ranked.filter(ranks).map(candidate),
    others: ranked.filter((r) => !ranks(r)).map((r) => ({ ...candidate(r), rank: null, tied: false })),
  };
}

/**
 * The action a fix becomes: its title, and the first pillar and touchpoint it
 * names that still exist (a pillar of an earlier framework would be refused).
 * Owner and date are left for the room to agree.
 */
export function actionFromFix(fix: Fix, workshop: Workshop): Extract<ClientCommand, { type: 'action/add' }> {
  const pillarIds = new Set(workshop.framework.pillars.map((p) => p.id));
  const touchpointIds = new Set(workshop.touchpoints.map((t) => t.id));
  return {
    type: 'action/add',
    fixId: fix.id,
    title: fix.title,
    pillarId: fix.pillarIds.find((id) => pillarIds.has(id)) ?? null,
    touchpointId: fix.touchpointIds.find((id) => touchpointIds.has(id)) ?? null,
    owner: '',
    dueDate: '',
  };
}

export function needsOwner(action: Pick<Action, 'owner'>): boolean {
  return action.owner.trim() === '';
}

/** Today on the computer's own calendar, as YYYY-MM-DD (not UTC: a late meeting must not jump a day). */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A due date before today. Allowed (it may be a record of late work) but worth a warning. */
export function isPastDue(dueDate: string, today: string): boolean {
  return dueDate !== '' && dueDate < today;
}

/** Where "move up" or "move down" takes an action, or null at the top or bottom. */
export function moveTarget(index: number, direction: 'up' | 'down', count: number): number | null {
  const to = direction === 'up' ? index - 1 : index + 1;
  return to < 0 || to >= count ? null : to;
}

export const STATUS_LABELS: Readonly<Record<Action['status'], string>> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
};

/**
 * Where a dropped action goes: the index of the action it was dropped on,
 * or null when the drop changes nothing (dropped on itself, outside the
 * list, or an id the list no longer has).
 */
export function dropTarget(ids: readonly string[], activeId: string, overId: string | null): number | null {
  if (overId === null || overId === activeId) return null;
  const from = ids.indexOf(activeId);
  const to = ids.indexOf(overId);
  return from < 0 || to < 0 ? null : to;
}

/** Shown under an empty owner field: allowed while the room decides, but not to be forgotten. */
export const OWNER_NEEDED = 'Nobody owns this yet. Name the person who will see it through.';
