/** Commands on the action plan, which the facilitator keeps. */
import { idSchema, actionStatusSchema, dueDateSchema, nameSchema, textSchema } from '../model';
import { addAction, moveAction, removeAction, updateAction } from '../reducers/plan';
import { command, defineCommand } from './define';
import { indexField, ownerField } from './fields';

const PLAN = 'Only the facilitator can change the action plan.';

export const actionAdd = command('action/add', {
      fixId: idSchema.nullable(),
      title: nameSchema,
      owner: ownerField,
      dueDate: dueDateSchema,
      successMeasure: textSchema.optional(),
      pillarId: idSchema.nullable(),
      touchpointId: idSchema.nullable(),
    });

export const actionUpdate = command('action/update', {
      actionId: idSchema,
      title: nameSchema.optional(),
      owner: ownerField.optional(),
      dueDate: dueDateSchema.optional(),
      successMeasure: textSchema.optional(),
      pillarId: idSchema.nullable().optional(),
      touchpointId: idSchema.nullable().optional(),
      status: actionStatusSchema.optional(),
    });

export const actionMove = command('action/move', { actionId: idSchema, toIndex: indexField });

export const actionRemove = command('action/remove', { actionId: idSchema });

export const PLAN_COMMANDS = [
  defineCommand(actionAdd, {
    apply: addAction,
    teams: PLAN,
    showsAhead: false,
  }),
  defineCommand(actionUpdate, {
    apply: updateAction,
    teams: PLAN,
  }),
  defineCommand(actionMove, { apply: moveAction, teams: PLAN }),
  defineCommand(actionRemove, { apply: removeAction, teams: PLAN }),
] as const;
