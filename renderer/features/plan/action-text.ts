/**
 * An action told in words, for a page that reads the plan rather than keeps
 * it: who owns it, by when, how success is measured, its status, and the
 * pillar and touchpoint it addresses.
 */
import type { Action, Workshop } from '../../../shared/model';
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

/** "31 December 2026" for a saved date like 2026-12-31; the date is read as a day, not a moment, so no time zone shifts it. */
export function dueDateText(dueDate: string): string {
  if (dueDate === '') return 'no date yet';
  const [year, month, day] = dueDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return dueDate;
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function actionText(action: Action, workshop: Workshop): ActionText {
  const pillar = workshop.framework.pillars.find((p) => p.id === action.pillarId);
  const touchpoint = workshop.touchpoints.find((t) => t.id === action.touchpointId);
  return {
    owner: action.owner.trim() === '' ? 'nobody yet' : action.owner,
    due: dueDateText(action.dueDate),
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
