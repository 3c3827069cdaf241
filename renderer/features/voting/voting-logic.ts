/**
 * The Vote screen's wording and arithmetic, apart from React: how a rank
 * and a tie are written, what a round is called, which fixes a runoff
 * would take, who is still to vote, and how the settings fields are read.
 */
import type { Id, Participant, Workshop } from '../../../shared/model';
import { openRound, roundRules, voteRanking, votersWhoVoted, type RankedFix } from '../../../shared/selectors';



export function dotsWord(count: number): string {
  return `${count} ${count === 1 ? 'dot' : 'dots'}`;
}

/** "3 of 5 dots used". */
export function budgetText(used: number, budget: number): string {
  return `${used} of ${budget} ${budget === 1 ? 'dot' : 'dots'} used`;
}

/** The fixes that share the best tied place with dots on them (the tie the room must settle), or none. */
export function firstTie(ranking: readonly RankedFix[]): readonly RankedFix[] {
  const tie = ranking.find((r) => r.tied && r.dots > 0);
  return tie ? ranking.filter((r) => r.rank === tie.rank) : [];
}

/** The top n fixes, plus any tied with the last of them, so a runoff never cuts through a tie. */
export function topWithTies(ranking: readonly RankedFix[], n: number): readonly RankedFix[] {
  const last = ranking[n - 1];
  if (!last) return ranking;
  return ranking.filter((r, i) => i < n || r.dots === last.dots);
}

/** "First vote", "Runoff 1 of the top 3", "Runoff 2 among the tied fixes". */
export function roundName(workshop: Workshop, round = openRound(workshop)): string {
  if (round === 0) return 'First vote';
  const runoff = workshop.voting.runoffs[round - 1];
  if (!runoff) return `Runoff ${round}`;
  const before = voteRanking(workshop, round - 1);
  const ids = new Set(runoff.fixIds);
  const same = (list: readonly RankedFix[]) => list.length === ids.size && list.every((r) => ids.has(r.fix.id));
  if (same(firstTie(before))) return `Runoff ${round} among the tied fixes`;
  for (let n = 2; n <= before.length; n++) {
    if (same(before.slice(0, n))) return `Runoff ${round} of the top ${n}`;
  }
  return `Runoff ${round} among ${ids.size} fixes`;
}

/** "23 of 40 have voted". */
export function progressText(workshop: Workshop, room: number): string {
  const voted = votersWhoVoted(workshop);
  return `${voted} of ${room} ${room === 1 ? 'has' : 'have'} voted`;
}

/**
 * "2 of your team’s 3 have voted": turnout on a team's page while the results
 * are hidden, when only its own people's ballots reach it, so the room's
 * figure cannot be known there.
 */
export function teamProgressText(workshop: Workshop, teamId: Id): string {
  const round = openRound(workshop);
  const voted = new Set(workshop.votes.filter((v) => v.round === round).map((v) => v.participantId));
  const people = workshop.participants.filter((p) => p.teamId === teamId);
  const done = people.filter((p) => voted.has(p.id)).length;
  return `${done} of your team’s ${people.length} ${people.length === 1 ? 'has' : 'have'} voted`;
}

/** The open round's rules in one plain sentence, for a page that may read them but not change them. */
export function rulesSentence(workshop: Workshop): string {
  const rules = roundRules(workshop, openRound(workshop));
  const own = workshop.voting.ownTeamVoting ? 'Teams may vote for their own fixes.' : 'Teams may not vote for their own fixes.';
  return `Each person has ${dotsWord(rules.budget)}, at most ${rules.maxPerFix} on one fix. ${own}`;
}

/** People with nothing on their ballot in the open round, whose name matches what was typed. */
export function stillToVote(workshop: Workshop, query: string): readonly Participant[] {
  const round = openRound(workshop);
  const voted = new Set(workshop.votes.filter((v) => v.round === round).map((v) => v.participantId));
  const q = fold(query.trim());
  return workshop.participants.filter((p) => !voted.has(p.id) && (q === '' || fold(p.name).includes(q)));
}

/** Case and accents ignored, so "zoe" finds Zoë. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function teamName(workshop: Workshop, teamId: Id): string {
  return workshop.teams.find((t) => t.id === teamId)?.name ?? 'a team that has left';
}

export const SETTING_MIN = 1;
export const SETTING_MAX = 50;

export type Parsed = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** Reads a whole number from min to max, or the sentence that says what is wrong. */
export function parseWhole(text: string, what: string, min = SETTING_MIN, max = SETTING_MAX): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Enter ${what}.` };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: `Use a whole number for ${what}.` };
  const value = Number(trimmed);
  if (value < min || value > max) return { ok: false, message: `Choose ${what} from ${min} to ${max}.` };
  return { ok: true, value };
}

/** Reads a settings field: a whole number from 1 to 50. */
export function parseSetting(text: string, what: string): Parsed {
  return parseWhole(text, what);
}

/**
 * The "New person" field once the host has added `added`: emptied for the
 * next name, unless someone already started typing the next name while the
 * host answered, which is kept.
 */
export function nameFieldAfterAdd(current: string, added: string): string {
  return current === added ? '' : current;
}
