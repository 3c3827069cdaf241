/**
 * Merging two fixes that say the same thing. The kept fix keeps its title,
 * team, impact and effort; it gains the other's links, pillars and
 * description, its dots, its tallies, its places in runoffs and its actions.
 *
 * Dots are combined per person and per round, and capped at that round's
 * per-fix cap: whatever goes past the cap simply returns to its owner. So a
 * merge never lets anyone exceed a budget, never counts a dot twice, and
 * never raises anyone's total.
 */
import { TEXT_MAX, type Fix, type Id, type Tally, type Vote, type Workshop } from '../model';
import { roundRules, tallyVoters } from '../selectors/voting';
import { fail, findById, keepWhere, mapKeep, notFound, ok, unique, type CommandOf, type Outcome } from './common';

const MAX_TOUCHPOINTS = 50;
const MAX_PILLARS = 12;

/** The two fixes as one, or a sentence saying why they do not fit into one. */
function joinedFix(kept: Fix, other: Fix): Fix | string {
  const touchpointIds = unique([...kept.touchpointIds, ...other.touchpointIds]);
  if (touchpointIds.length > MAX_TOUCHPOINTS) {
    return `Together “${kept.title}” and “${other.title}” link more than ${MAX_TOUCHPOINTS} touchpoints; unlink some first.`;
  }
  const pillarIds = unique([...kept.pillarIds, ...other.pillarIds]);
  if (pillarIds.length > MAX_PILLARS) {
    return `Together “${kept.title}” and “${other.title}” name more than ${MAX_PILLARS} pillars; remove some first.`;
  }
  const texts = [kept.description, other.description].filter((d) => d.trim() !== '');
  const description = texts.length === 2 ? texts.join('\n\n') : kept.description.trim() === '' ? other.description : kept.description;
  if (description.length > TEXT_MAX) {
    return `Together the descriptions of “${kept.title}” and “${other.title}” are longer than ${TEXT_MAX} characters; shorten one first.`;
  }
  return { ...kept, touchpointIds, pillarIds, description };
}

/**
 * Moves every dot on `otherId` onto `keptId`, per person and round, capped at
 * the round's per-fix cap. When the room votes only for other teams' fixes,
 * dots the kept fix's own team had on the other fix go back to them.
 */
function mergedVotes(state: Workshop, kept: Fix, otherId: Id): readonly Vote[] {
  const key = (v: Vote) => `${v.participantId}|${v.round}`;
  const onOther = new Map(state.votes.filter((v) => v.fixId === otherId).map((v) => [key(v), v]));
  if (onOther.size === 0) return state.votes;
  const onKept = new Set(state.votes.filter((v) => v.fixId === kept.id).map(key));
  const ownTeam = (v: Vote) =>
    !state.voting.ownTeamVoting && findById(state.participants, v.participantId)?.teamId === kept.teamId;

  const votes: Vote[] = [];
  for (const vote of state.votes) {
    if (vote.fixId === kept.id) {
      const extra = onOther.get(key(vote))?.dots ?? 0;
      const dots = Math.min(vote.dots + extra, roundRules(state, vote.round).maxPerFix);
      votes.push(dots === vote.dots ? vote : { ...vote, dots });
    } else if (vote.fixId === otherId) {
      if (onKept.has(key(vote)) || ownTeam(vote)) continue;
      votes.push({ ...vote, fixId: kept.id });
    } else {
      votes.push(vote);
    }
  }
  return votes;
}

/**
 * Tallies add up per round, capped at what the room's voters could have put
 * on one fix — but never below the larger of the two, so a merge does not
 * lose a count because people left the room after it was typed in.
 */
function mergedTallies(state: Workshop, keptId: Id, otherId: Id): readonly Tally[] {
  const onOther = new Map(state.tallies.filter((t) => t.fixId === otherId).map((t) => [t.round, t]));
  if (onOther.size === 0) return state.tallies;
  const onKept = new Set(state.tallies.filter((t) => t.fixId === keptId).map((t) => t.round));
  const voters = tallyVoters(state);
  const tallies: Tally[] = [];
  for (const tally of state.tallies) {
    if (tally.fixId === keptId) {
      const extra = onOther.get(tally.round)?.dots ?? 0;
      const cap = Math.max(voters * roundRules(state, tally.round).maxPerFix, tally.dots, extra);
      const dots = Math.min(tally.dots + extra, cap);
      tallies.push(dots === tally.dots ? tally : { ...tally, dots });
    } else if (tally.fixId === otherId) {
      if (!onKept.has(tally.round)) tallies.push({ ...tally, fixId: keptId });
    } else {
      tallies.push(tally);
    }
  }
  return tallies;
}

export function mergeFixes(state: Workshop, command: CommandOf<'fix/merge'>): Outcome {
  if (command.fixId === command.otherFixId) return fail('invalid', 'A fix cannot be merged with itself.');
  const kept = findById(state.fixes, command.fixId);
  const other = findById(state.fixes, command.otherFixId);
  if (!kept || !other) return notFound('fix');
  const joined = joinedFix(kept, other);
  if (typeof joined === 'string') return fail('invalid', joined);

  const runoffs = mapKeep(state.voting.runoffs, (runoff) => {
    if (!runoff.fixIds.includes(other.id)) return runoff;
    return { ...runoff, fixIds: unique(runoff.fixIds.map((id) => (id === other.id ? kept.id : id))) };
  });
  return ok({
    ...state,
    fixes: keepWhere(state.fixes, (f) => f !== other).map((f) => (f === kept ? joined : f)),
    votes: mergedVotes(state, kept, other.id),
    tallies: mergedTallies(state, kept.id, other.id),
    voting: runoffs === state.voting.runoffs ? state.voting : { ...state.voting, runoffs },
    actions: mapKeep(state.actions, (a) => (a.fixId === other.id ? { ...a, fixId: kept.id } : a)),
  });
}
