/**
 * Fixes, the people who vote, and the dot vote itself. Budgets are enforced
 * here, where every vote lands whatever window or browser it came from:
 * nobody spends more than their dots, nor more than the cap on one fix.
 */
import type { Fix, Id, Vote, Workshop } from '../model';
import type { CommandContext } from '../result';
import { removeFixes, removeParticipants } from './cascade';
import {
  count,
  fail,
  findById,
  hasId,
  LIMITS,
  nameKey,
  notFound,
  ok,
  overLimit,
  patch,
  pillarNotFound,
  unique,
  type CommandOf,
  type Outcome,
} from './common';

/** Checks the touchpoints and pillars a fix points at; undefined when all exist. */
function missingLinks(
  state: Workshop,
  links: { touchpointIds?: readonly Id[]; pillarIds?: readonly Id[] },
): Outcome | undefined {
  if (links.touchpointIds?.some((id) => !hasId(state.touchpoints, id))) return notFound('touchpoint');
  if (links.pillarIds?.some((id) => !hasId(state.framework.pillars, id))) return pillarNotFound();
  return undefined;
}

export function addFix(state: Workshop, command: CommandOf<'fix/add'>, ctx: CommandContext): Outcome {
  if (!hasId(state.teams, command.teamId)) return notFound('team');
  const missing = missingLinks(state, command);
  if (missing) return missing;
  if (state.fixes.length >= LIMITS.fixes) return overLimit('fixes', 'fixes');
  const fix: Fix = {
    id: ctx.newId(),
    teamId: command.teamId,
    title: command.title,
    description: command.description ?? '',
    touchpointIds: unique(command.touchpointIds),
    pillarIds: unique(command.pillarIds),
    impact: command.impact,
    effort: command.effort,
  };
  return ok({ ...state, fixes: [...state.fixes, fix] });
}

export function updateFix(state: Workshop, command: CommandOf<'fix/update'>): Outcome {
  const fix = findById(state.fixes, command.fixId);
  if (!fix) return notFound('fix');
  const missing = missingLinks(state, command);
  if (missing) return missing;
  const { title, description, impact, effort } = command;
  const touchpointIds = command.touchpointIds && unique(command.touchpointIds);
  const pillarIds = command.pillarIds && unique(command.pillarIds);
  const next = patch(fix, { title, description, impact, effort, touchpointIds, pillarIds });
  if (next === fix) return ok(state);
  return ok({ ...state, fixes: state.fixes.map((f) => (f === fix ? next : f)) });
}

/** Removes the fix and the dots on it; actions made from it keep their text. */
export function removeFix(state: Workshop, command: CommandOf<'fix/remove'>): Outcome {
  if (!hasId(state.fixes, command.fixId)) return notFound('fix');
  return ok(removeFixes(state, new Set([command.fixId])));
}

/** Two people with the same name would be impossible to tell apart on the ballot. */
export function addParticipant(
  state: Workshop,
  command: CommandOf<'participant/add'>,
  ctx: CommandContext,
): Outcome {
  if (!hasId(state.teams, command.teamId)) return notFound('team');
  const key = nameKey(command.name);
  if (state.participants.some((p) => nameKey(p.name) === key)) {
    return fail(
      'conflict',
      `There is already a participant called “${command.name}”. Add an initial to tell them apart.`,
    );
  }
  if (state.participants.length >= LIMITS.participants) return overLimit('participants', 'participants');
  const participant = { id: ctx.newId(), name: command.name, teamId: command.teamId };
  return ok({ ...state, participants: [...state.participants, participant] });
}

export function removeParticipant(state: Workshop, command: CommandOf<'participant/remove'>): Outcome {
  if (!hasId(state.participants, command.participantId)) return notFound('participant');
  return ok(removeParticipants(state, new Set([command.participantId])));
}

/** Dots each participant has spent, in one pass. */
function spentByParticipant(votes: readonly Vote[]): Map<Id, number> {
  const spent = new Map<Id, number>();
  for (const vote of votes) spent.set(vote.participantId, (spent.get(vote.participantId) ?? 0) + vote.dots);
  return spent;
}

/** New limits may not strand anyone who already voted above them. */
export function configureVoting(state: Workshop, command: CommandOf<'voting/configure'>): Outcome {
  const budget = command.budget ?? state.voting.budget;
  const maxPerFix = command.maxPerFix ?? state.voting.maxPerFix;
  const nameOf = (id: Id) => findById(state.participants, id)?.name ?? 'Someone';

  for (const [participantId, spent] of spentByParticipant(state.votes)) {
    if (spent > budget) {
      return fail(
        'conflict',
        `${nameOf(participantId)} has already spent ${count(spent, 'dot')}, so the budget cannot go below ${spent} until they take some back.`,
      );
    }
  }
  const heavy = state.votes.find((v) => v.dots > maxPerFix);
  if (heavy) {
    const fixTitle = findById(state.fixes, heavy.fixId)?.title ?? 'one fix';
    return fail(
      'conflict',
      `${nameOf(heavy.participantId)} has ${count(heavy.dots, 'dot')} on “${fixTitle}”, so the most per fix cannot go below ${heavy.dots} until they take some back.`,
    );
  }
  if (budget === state.voting.budget && maxPerFix === state.voting.maxPerFix) return ok(state);
  return ok({ ...state, voting: { ...state.voting, budget, maxPerFix } });
}

/** Sets how many dots a participant has on a fix; 0 takes them all back. */
export function setVote(state: Workshop, command: CommandOf<'vote/set'>): Outcome {
  const participant = findById(state.participants, command.participantId);
  if (!participant) return notFound('participant');
  if (!hasId(state.fixes, command.fixId)) return notFound('fix');
  const { budget, maxPerFix } = state.voting;
  if (command.dots > maxPerFix) {
    return fail('over-budget', `At most ${count(maxPerFix, 'dot')} can go on one fix.`);
  }
  const index = state.votes.findIndex(
    (v) => v.participantId === participant.id && v.fixId === command.fixId,
  );
  const current = state.votes[index]?.dots ?? 0;
  if (command.dots === current) return ok(state);
  const spentElsewhere = state.votes
    .filter((v) => v.participantId === participant.id)
    .reduce((sum, v) => sum + v.dots, 0) - current;
  if (spentElsewhere + command.dots > budget) {
    const left = Math.max(budget - spentElsewhere - current, 0);
    return fail(
      'over-budget',
      `${participant.name} has ${count(left, 'dot')} left; this would need ${command.dots - current}.`,
    );
  }
  if (state.votes.length >= LIMITS.votes && index < 0) return overLimit('votes', 'votes');
  let votes: readonly Vote[];
  if (command.dots === 0) votes = state.votes.filter((_, i) => i !== index);
  else if (index < 0) votes = [...state.votes, { participantId: participant.id, fixId: command.fixId, dots: command.dots, round: 0 }];
  else votes = state.votes.map((v, i) => (i === index ? { ...v, dots: command.dots } : v));
  return ok({ ...state, votes });
}

export function revealVotes(state: Workshop, command: CommandOf<'vote/reveal'>): Outcome {
  if (state.voting.revealed === command.revealed) return ok(state);
  return ok({ ...state, voting: { ...state.voting, revealed: command.revealed } });
}
