/**
 * Commands of the dot vote: its rules and rounds, and the dots themselves.
 * A team's shared page places dots for its own people only, and a person's
 * own device for that person only; everything else about the vote is the
 * facilitator's. A participant's dots are theirs, so undo never records them.
 */
import { z } from 'zod';
import { idSchema, roundSchema, votingModeSchema, type Id, type Workshop } from '../model';
import { castBallot, setTally, setVote } from '../reducers/ballots';
import { cancelRunoff, configureVoting, resetVoting, revealVotes, startRunoff } from '../reducers/rounds';
import { count } from '../reducers/common';
import { command, defineCommand, type Refusal, type TeamActor } from './define';
import { dotsPerFixField, idRecord } from './fields';

const RUNOFF = 'Only the facilitator can start or cancel a runoff.';
const OWN_DOTS = "Your team's page can only place dots for your own team's people.";

/**
 * A person's own device votes as that person alone; the team's shared page
 * as any of the team's people. Someone who is no longer on the list is left
 * to the reducer, which says so in its own words.
 */
function ownParticipant(workshop: Workshop, actor: TeamActor, command: { readonly participantId: Id }): Refusal {
  if (actor.participantId !== null && command.participantId !== actor.participantId) {
    const name = workshop.participants.find((p) => p.id === actor.participantId)?.name;
    return name === undefined
      ? 'Your own device can only place your own dots.'
      : `This device is ${name}'s, so it can only place ${name}'s dots.`;
  }
  const person = workshop.participants.find((p) => p.id === command.participantId);
  return person === undefined || person.teamId === actor.teamId ? null : OWN_DOTS;
}

export const votingConfigure = command('voting/configure', {
      budget: dotsPerFixField.optional(),
      maxPerFix: dotsPerFixField.optional(),
      ownTeamVoting: z.boolean().optional(),
      secret: z.boolean().optional(),
      mode: votingModeSchema.optional(),
      tallyVoters: z.number().int().min(0).max(500).optional(),
    });

export const votingReset = command('voting/reset', {});

export const voteSet = command('vote/set', {
      participantId: idSchema,
      fixId: idSchema,
      dots: z.number().int().min(0).max(50),
      round: roundSchema.optional(),
    });

export const ballotCast = command('ballot/cast', {
      participantId: idSchema,
      dots: idRecord('fix', z.number().int().min(0).max(50)),
      round: roundSchema.optional(),
    });

export const voteTally = command('vote/tally', { fixId: idSchema, dots: z.number().int().min(0).max(25000), round: roundSchema.optional() });

export const voteReveal = command('vote/reveal', { revealed: z.boolean() });

export const voteRunoff = command('vote/runoff', {
      fixIds: z.array(idSchema).min(2, 'A runoff needs at least two fixes.').max(50),
      budget: dotsPerFixField,
      maxPerFix: dotsPerFixField,
    });

export const voteCancelRunoff = command('vote/cancel-runoff', {});

export const VOTING_COMMANDS = [
  /** The rules of the vote. Refused once any dot is cast or tallied: reset the vote first. */
  defineCommand(votingConfigure, {
    apply: configureVoting,
    teams: 'Only the facilitator can change the rules of the vote.',
  }),
  /** Clears every vote, tally and runoff and hides results, so the rules can change. */
  defineCommand(votingReset, {
    restorePoint: (state) => {
      const dots = state.votes.reduce((sum, v) => sum + v.dots, 0) + state.tallies.reduce((sum, t) => sum + t.dots, 0);
      return dots === 0 && state.voting.runoffs.length === 0 ? null : `Before resetting the vote (${count(dots, 'dot')} cleared)`;
    },
    apply: (state) => resetVoting(state),
    teams: 'Only the facilitator can reset the vote.',
  }),
  /**
   * Sets how many dots a participant has on a fix in the round open now (0
   * takes them back). `round`, when given, must be the open round: a device
   * that missed the start of a runoff is told so instead of voting in it.
   */
  defineCommand(voteSet, {
    apply: setVote,
    teams: ownParticipant,
    undoable: false,
  }),
  /**
   * A whole ballot at once: replaces everything this participant has in the
   * open round with these dots per fix id (private ballot, or one device).
   * Checked as a whole; refused as a whole.
   */
  defineCommand(ballotCast, {
    apply: castBallot,
    teams: ownParticipant,
    undoable: false,
  }),
  /** Tally mode: the dots counted on the wall for one fix in the open round (0 clears it). */
  defineCommand(voteTally, {
    apply: setTally,
    teams: 'Only the facilitator can type in the dots counted on the wall.',
  }),
  /** Reveals (or hides again) the results of the open round. */
  defineCommand(voteReveal, {
    apply: revealVotes,
    teams: 'Only the facilitator can reveal the results.',
  }),
  /**
   * Opens a runoff round among these fixes (at least two, all in the round
   * open now, whose results must be visible). Earlier rounds stay as they were.
   */
  defineCommand(voteRunoff, {
    apply: startRunoff,
    teams: RUNOFF,
  }),
  /** Closes the open runoff without a result and goes back to the round before it. */
  defineCommand(voteCancelRunoff, { apply: (state) => cancelRunoff(state), teams: RUNOFF }),
] as const;
