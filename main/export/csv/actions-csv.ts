/**
 * The actions as a spreadsheet, for the people who carry the work on: one
 * row per action in priority order, with the fix it carries out, the dots
 * that fix won in the last round it took part in, and that round ("First
 * vote", "Runoff 1"): rounds are never added up. Links that are not set
 * are left empty rather than invented. While the vote is secret the open
 * round's dots were taken out before export (main/export/secret-votes.ts):
 * its fixes say so in the Dots column rather than show a 0 nobody gave.
 */
import type { Workshop } from '../../../shared/model';
import { finalRanking, type RankedFix } from '../../../shared/selectors';
import { roundTitle } from '../../../shared/present/rounds';
import { withheldFixes } from '../secret-votes';
import { toCsv } from './rfc4180';

/** The Dots cell of an action whose fix stands in a round that is still secret. */
export const SECRET_DOTS_CELL = 'Secret until revealed';

export const ACTIONS_CSV_HEADER = [
  'Priority',
  'Action',
  'Owner',
  'Due date',
  'Success measure',
  'Status',
  'Pillar',
  'Touchpoint',
  'Fix',
  'Dots',
  'Round',
] as const;

const STATUS_TEXT = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done' } as const;

/** The Dots and Round cells: empty without a fix, the round named even while its dots are secret. */
function dotsCells(entry: RankedFix | undefined, secret: ReadonlySet<string>): [number | string | null, string | null] {
  if (entry === undefined) return [null, null];
  return [secret.has(entry.fix.id) ? SECRET_DOTS_CELL : entry.dots, roundTitle(entry.round)];
}

export function actionsCsv(workshop: Workshop, withheldRound: number | null = null): string {
  const pillars = new Map(workshop.framework.pillars.map((p) => [p.id, p.name]));
  const touchpoints = new Map(workshop.touchpoints.map((t) => [t.id, t.title]));
  const fixes = new Map(workshop.fixes.map((f) => [f.id, f.title]));
  // Dots from the whole vote: a fix that went to a runoff shows its runoff dots, and says so.
  const ranked = new Map(finalRanking(workshop).map((r) => [r.fix.id, r]));
  const secret = withheldFixes(workshop, withheldRound);
  const rows = workshop.actions.map((action, i) => [
    i + 1,
    action.title,
    action.owner,
    action.dueDate,
    action.successMeasure,
    STATUS_TEXT[action.status],
    (action.pillarId === null ? undefined : pillars.get(action.pillarId)) ?? '',
    (action.touchpointId === null ? undefined : touchpoints.get(action.touchpointId)) ?? '',
    (action.fixId === null ? undefined : fixes.get(action.fixId)) ?? '',
    ...dotsCells(action.fixId === null ? undefined : ranked.get(action.fixId), secret),
  ]);
  return toCsv(ACTIONS_CSV_HEADER, rows);
}
