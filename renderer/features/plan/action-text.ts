/**
 * An action told in words, for a page that reads the plan rather than keeps
 * it: who owns it, by when, how success is measured, its status, and the
 * pillar and touchpoint it addresses.
 */
import type { Action, Workshop } from '../../../shared/model';
import { formatDay } from '../../../shared/present/dates';
import { touchpointLabel } from '../../../shared/present/touchpoints';
import { STATUS_LABELS } from './plan-logic';

export interface ActionText {
  readonly owner: string;
  readonly due: string;
  readonly status: string;
  readonly pillar: string;
  readonly touchpoint: string;
  readonly measure: string;
}

/** "31 December 2026" for 2026-12-31 in an en-GB workshop ("December 31, 2026" in en-US); the date is read as a day, so no time zone shifts it. */
export function dueDateText(dueDate: string, locale: string): string {
  return dueDate === '' ? 'no date yet' : formatDay(dueDate, locale, 'long');
}

export function actionText(action: Action, workshop: Workshop): ActionText {
  const pillar = workshop.framework.pillars.find((p) => p.id === action.pillarId);
  const touchpoint = workshop.touchpoints.find((t) => t.id === action.touchpointId);
  return {
    owner: action.owner.trim() === '' ? 'nobody yet' : action.owner,
    due: dueDateText(action.dueDate, workshop.locale),
    status: STATUS_LABELS[action.status],
    pillar: pillar?.name ?? (action.pillarId === null ? 'no pillar in particular' : 'a pillar of an earlier framework'),
    touchpoint: touchpoint
      ? touchpointLabel(workshop, touchpoint)
      : action.touchpointId === null
        ? 'no touchpoint in particular'
        : 'a touchpoint that was removed',
    measure: action.successMeasure.trim() === '' ? 'not agreed yet' : action.successMeasure,
  };
}
