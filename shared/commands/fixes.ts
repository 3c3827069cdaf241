/**
 * Commands on fixes and the people who vote on them. A team proposes and
 * edits its own fixes and adds its own people from its shared page; removing
 * and merging fixes is the facilitator's (removing one takes every dot on it,
 * whoever placed them), as is taking someone off the list.
 */
import { z } from 'zod';
import { idSchema, levelSchema, nameSchema, textSchema, type Id, type Workshop } from '../model';
import { mergeFixes } from '../reducers/merge';
import { addFix, addParticipant, removeFix, removeParticipant, updateFix, updateParticipant } from '../reducers/voting';
import { command, defineCommand, ownTeam, type Refusal, type TeamActor } from './define';

const OWN_FIXES = 'Your team can only change its own fixes.';

/**
 * The fix's team must be this team. A fix that no longer exists is left to
 * the reducer, which says so in its own words.
 */
function ownFix(workshop: Workshop, actor: TeamActor, command: { readonly fixId: Id; readonly teamId?: Id }): Refusal {
  const fix = workshop.fixes.find((f) => f.id === command.fixId);
  if (fix !== undefined && fix.teamId !== actor.teamId) return OWN_FIXES;
  // Handing a fix to another team is the facilitator's call, as proposing in another's name is.
  return command.teamId === undefined || command.teamId === actor.teamId ? null : OWN_FIXES;
}

const addOwnPerson = ownTeam('Your team can only add people to itself.');

/**
 * The team's shared page adds the team's people; a person's own device does
 * not add anyone, since it speaks for one person, who is on the list already.
 */
function addPersonFromTeamPage(workshop: Workshop, actor: TeamActor, command: { readonly teamId: Id }): Refusal {
  if (actor.participantId !== null) return "People are added from the team's shared page or by the facilitator, not from one person's own device.";
  return addOwnPerson(workshop, actor, command);
}

export const fixAdd = command('fix/add', {
      teamId: idSchema,
      title: nameSchema,
      description: textSchema.optional(),
      touchpointIds: z.array(idSchema).max(50),
      pillarIds: z.array(idSchema).max(12),
      impact: levelSchema,
      effort: levelSchema,
    });

export const fixUpdate = command('fix/update', {
      fixId: idSchema,
      /** Hands the fix to another proposing team; refused when that would break the own-team rule. */
      teamId: idSchema.optional(),
      title: nameSchema.optional(),
      description: textSchema.optional(),
      touchpointIds: z.array(idSchema).max(50).optional(),
      pillarIds: z.array(idSchema).max(12).optional(),
      impact: levelSchema.optional(),
      effort: levelSchema.optional(),
    });

export const fixRemove = command('fix/remove', { fixId: idSchema });

export const fixMerge = command('fix/merge', { fixId: idSchema, otherFixId: idSchema });

export const participantAdd = command('participant/add', { name: nameSchema, teamId: idSchema });

export const participantRemove = command('participant/remove', { participantId: idSchema });

/** Renames a person or seats them with another team (the room's lobby does both); their dots stay theirs. */
export const participantUpdate = command('participant/update', {
  participantId: idSchema,
  name: nameSchema.optional(),
  teamId: idSchema.optional(),
});

export const FIX_COMMANDS = [
  defineCommand(fixAdd, {
    apply: addFix,
    teams: ownTeam('Your team can only propose fixes in its own name.'),
    showsAhead: false,
  }),
  defineCommand(fixUpdate, {
    apply: updateFix,
    teams: ownFix,
  }),
  /** Removes the fix and the dots on it; actions made from it keep their text. */
  defineCommand(fixRemove, {
    apply: removeFix,
    teams: 'Only the facilitator can remove a fix.',
  }),
  /**
   * Folds `otherFixId` into `fixId` when two fixes say the same thing. Dots
   * move across; a participant who had dots on both keeps at most the per-fix
   * cap on the merged fix and gets the rest back to spend. Links and pillars
   * are joined, actions follow, runoff lists name the kept fix once.
   */
  defineCommand(fixMerge, {
    restorePoint: (state, command) => {
      const [kept, other] = [command.fixId, command.otherFixId].map((id) => state.fixes.find((f) => f.id === id)?.title);
      return kept && other ? `Before merging “${other}” into “${kept}”` : null;
    },
    apply: mergeFixes,
    teams: 'Only the facilitator can merge fixes.',
  }),

  defineCommand(participantAdd, {
    apply: addParticipant,
    teams: addPersonFromTeamPage,
    showsAhead: false,
  }),
  defineCommand(participantRemove, {
    apply: removeParticipant,
    teams: 'Only the facilitator can take someone off the list.',
  }),
  defineCommand(participantUpdate, {
    apply: updateParticipant,
    teams: 'Only the facilitator can rename people or move them to another team.',
  }),
] as const;
