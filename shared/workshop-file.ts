/**
 * Reading and writing a workshop file. A file is checked in order: is it a
 * Journey Room workshop at all, is it from a newer version than this app,
 * does it need migrating from an older format, and does it then pass the
 * schema and point only at things that exist. Each refusal is one sentence.
 */
import { WORKSHOP_FORMAT_VERSION, workshopSchema, type Workshop } from './model';
import { describeFirstIssue, pathText } from './reducers/issues';
import { repairReferences } from './reducers/cascade';
import { sortCollections } from './changes/patch';
import { firstKeys } from './order';

export type Migrations = Readonly<Record<number, (old: Record<string, unknown>) => unknown>>;

/**
 * Migrations keyed by the version they upgrade FROM: MIGRATIONS[1] turns a
 * version 1 file into version 2. Each takes the parsed JSON of that version
 * and returns the next version's, including its new formatVersion. Never edit
 * a published migration; add the next one.
 */
export const MIGRATIONS: Migrations = {
  1: addOrderKeys,
};

/** The lists whose order people see, in format 1 kept by the order of the arrays. */
const ORDERED_LISTS = ['stages', 'channels', 'teams', 'touchpoints', 'fixes', 'participants', 'actions'] as const;

/**
 * Format 1 → 2: every stage, channel, team, card, pillar, fix, person and
 * action gets a fractional order key in the order its array listed it, so
 * the order people saw is the order they keep.
 */
function addOrderKeys(old: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...old, formatVersion: 2 };
  for (const name of ORDERED_LISTS) next[name] = withKeys(old[name]);
  const framework = old['framework'];
  if (isRecord(framework)) next['framework'] = { ...framework, pillars: withKeys(framework['pillars']) };
  return next;
}

function withKeys(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  const keys = firstKeys(list.length);
  return list.map((item: unknown, i) => (isRecord(item) ? { ...item, order: keys[i] } : item));
}

export type ParseWorkshopResult =
  | { readonly ok: true; readonly workshop: Workshop; readonly migrated: boolean }
  | {
      readonly ok: false;
      readonly reason: 'newer-version' | 'not-a-workshop' | 'invalid';
      readonly message: string;
    };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NOT_A_WORKSHOP = 'This file is not a Journey Room workshop.';

/**
 * Brings a file from version `from` up to version `to`, one step at a time.
 * Exported so the mechanism is tested before the first real migration exists.
 */
export function migrateFile(
  file: Record<string, unknown>,
  from: number,
  to: number,
  migrations: Migrations,
): { ok: true; value: unknown } | { ok: false; message: string } {
  let current: unknown = file;
  for (let version = from; version < to; version += 1) {
    const step = migrations[version];
    if (!step || !isRecord(current)) {
      return {
        ok: false,
        message: `This workshop was saved in format ${from}, which this version of Journey Room cannot read.`,
      };
    }
    current = step(current);
  }
  return { ok: true, value: current };
}

/** Checks a parsed JSON value as a workshop file, migrating an older format first. */
export function parseWorkshopFile(json: unknown): ParseWorkshopResult {
  if (!isRecord(json)) return { ok: false, reason: 'not-a-workshop', message: NOT_A_WORKSHOP };
  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || !('stages' in json)) {
    return { ok: false, reason: 'not-a-workshop', message: NOT_A_WORKSHOP };
  }
  if (version > WORKSHOP_FORMAT_VERSION) {
    return {
      ok: false,
      reason: 'newer-version',
      message:
        'This workshop was made by a newer version of Journey Room. Update the app on this computer to open it.',
    };
  }
  let value: unknown = json;
  const migrated = version < WORKSHOP_FORMAT_VERSION;
  if (migrated) {
    const result = migrateFile(json, version, WORKSHOP_FORMAT_VERSION, MIGRATIONS);
    if (!result.ok) return { ok: false, reason: 'invalid', message: result.message };
    value = result.value;
  }
  const parsed = workshopSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${pathText(issue.path)})` : '';
    return {
      ok: false,
      reason: 'invalid',
      message: `This workshop file is damaged${where}: ${describeFirstIssue(parsed.error)}`,
    };
  }
  // Held sorted, as every party that applies changes holds it (shared/changes/collections.ts).
  const workshop: Workshop = sortCollections(parsed.data);
  if (repairReferences(workshop) !== workshop) {
    return {
      ok: false,
      reason: 'invalid',
      message: 'This workshop file is damaged: some items point at cards, teams or fixes that are not in it.',
    };
  }
  return { ok: true, workshop, migrated };
}

/** The file's text: compact JSON, since people never edit it by hand. */
export function serializeWorkshop(workshop: Workshop): string {
  return JSON.stringify(workshop);
}
