/**
 * Commands on the pillar framework and the teams' ratings. The framework is
 * the facilitator's; each team rates as itself.
 */
import { z } from 'zod';
import { idSchema, nameSchema, scoreSchema, textSchema } from '../model';
import { addPillar, describePillar, movePillar, removePillar, renamePillar } from '../reducers/framework';
import { clearRating, revealRatings, setRating, setWeights, useFramework } from '../reducers/rating';
import { command, defineCommand, ownTeam } from './define';
import { idRecord, indexField } from './fields';

export const FRAMEWORK_PRESETS = ['six-pillars', 'four-pillars'] as const;

const FRAMEWORK = 'Only the facilitator can change the framework.';
const OWN_RATINGS = 'Your team can only change its own ratings.';

export const frameworkUse = command('framework/use', { preset: z.enum(FRAMEWORK_PRESETS) });

export const frameworkSetWeights = command('framework/set-weights', { weights: idRecord('pillar', z.number().min(0).max(100)) });

export const ratingSet = command('rating/set', {
      teamId: idSchema,
      touchpointId: idSchema,
      pillarId: idSchema,
      score: scoreSchema,
      note: textSchema.optional(),
    });

export const ratingClear = command('rating/clear', { teamId: idSchema, touchpointId: idSchema, pillarId: idSchema });

export const ratingReveal = command('rating/reveal', { revealed: z.boolean() });

export const pillarAdd = command('pillar/add', { name: nameSchema, summary: textSchema.optional() });

export const pillarRename = command('pillar/rename', { pillarId: idSchema, name: nameSchema });

export const pillarDescribe = command('pillar/describe', { pillarId: idSchema, summary: textSchema, prompts: z.array(textSchema).max(10).optional() });

export const pillarMove = command('pillar/move', { pillarId: idSchema, toIndex: indexField });

export const pillarRemove = command('pillar/remove', { pillarId: idSchema });

export const RATING_COMMANDS = [
  /** Switches to a built-in framework. Ratings of pillars it lacks are kept but not counted. */
  defineCommand(frameworkUse, {
    apply: useFramework,
    teams: FRAMEWORK,
  }),
  /** New weights for every pillar of the framework, in percent, summing to 100. */
  defineCommand(frameworkSetWeights, {
    apply: setWeights,
    teams: FRAMEWORK,
  }),

  defineCommand(ratingSet, {
    apply: setRating,
    teams: ownTeam(OWN_RATINGS),
  }),
  defineCommand(ratingClear, {
    apply: clearRating,
    teams: ownTeam(OWN_RATINGS),
  }),
  /** Silent mode: false shows each team only its own ratings; true shows every team's. */
  defineCommand(ratingReveal, {
    apply: revealRatings,
    teams: 'Only the facilitator can reveal the ratings.',
  }),

  /** Custom frameworks. A new pillar starts with weight 0, so the weights still sum to 100. */
  defineCommand(pillarAdd, {
    apply: addPillar,
    teams: FRAMEWORK,
    showsAhead: false,
  }),
  defineCommand(pillarRename, { apply: renamePillar, teams: FRAMEWORK }),
  defineCommand(pillarDescribe, {
    apply: describePillar,
    teams: FRAMEWORK,
  }),
  defineCommand(pillarMove, { apply: movePillar, teams: FRAMEWORK }),
  /** Its ratings are kept but no longer counted; its weight is shared among the others. */
  defineCommand(pillarRemove, { apply: removePillar, teams: FRAMEWORK }),
] as const;
