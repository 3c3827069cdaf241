/**
 * Small building blocks every reducer area shares: the outcome type, the
 * refusal sentences, and array helpers that keep the old array and the old
 * records (same references) when nothing changed — the change record
 * (shared/changes/diff.ts) looks only where references differ.
 */
import type { Id, Workshop } from '../model';
import { keyAt, type Ordered } from '../order';
import type { DomainError, DomainErrorCode } from '../result';

/** What one area's reducer returns; applyCommand adds updatedAt and finds the changes. */
export type Outcome =
  | { readonly ok: true; readonly state: Workshop }
  | { readonly ok: false; readonly error: DomainError };

export function ok(state: Workshop): Outcome {
  return { ok: true, state };
}

export function fail(code: DomainErrorCode, message: string): Outcome {
  return { ok: false, error: { code, message } };
}

/** The things a command can name by id, as a person would call them. */
export type Kind =
  | 'stage'
  | 'channel'
  | 'team'
  | 'touchpoint'
  | 'fix'
  | 'participant'
  | 'action';

export function notFound(kind: Kind): Outcome {
  return fail('not-found', `That ${kind} no longer exists — it may have been deleted.`);
}

export function pillarNotFound(): Outcome {
  return fail('not-found', "That pillar is not part of this workshop's framework.");
}

/** The most of each thing a workshop holds; the same limits as the file schema. */
export const LIMITS = {
  stages: 30,
  channels: 30,
  teams: 20,
  touchpoints: 5000,
  ratings: 100000,
  fixes: 2000,
  participants: 500,
  votes: 50000,
  tallies: 20000,
  runoffs: 10,
  actions: 500,
} as const;

/** Refuses an addition that would go past a limit, naming the limit. */
export function overLimit(kind: keyof typeof LIMITS, label: string): Outcome {
  return fail('invalid', `A workshop can hold at most ${LIMITS[kind]} ${label}.`);
}

/** "1 dot", "3 dots". */
/** "1 card", "3 cards": the one shared way of counting (shared/present/numbers.ts). */
export { count } from '../present/numbers';

/**
 * A team as a sentence names it: "the Blue team", "Team 1", "the Night team".
 * A name that already says "team" is not given a second one; a team that is
 * gone is "another team".
 */
export function teamPhrase(state: Workshop, teamId: Id): string {
  const name = findById(state.teams, teamId)?.name.trim();
  if (!name) return 'another team';
  if (!/\bteam\b/i.test(name)) return `the ${name} team`;
  // "Team 1" and "The A Team" read as they are; "Blue team" needs its article.
  return /^(the|team)\b/i.test(name) ? name : `the ${name}`;
}

/**
 * Refuses a position past the end of a list (`last` is the last position it
 * offers, counted from 0). A page asking for position 8 of 3 pictures the
 * list differently from the host, so it hears why rather than seeing the
 * record land somewhere it did not ask for. `where` and `holds` finish the
 * sentence: "There is no position 8 in that cell; it holds 2 of the Blue
 * team's cards."
 */
export function pastTheEnd(index: number | undefined, last: number, where: string, holds: string): Outcome | undefined {
  if (index === undefined || index <= last) return undefined;
  return fail('invalid', `There is no position ${index + 1} ${where}; ${holds}.`);
}

/** "there are 4", "there is 1", "there are none": how many a list holds, after pastTheEnd's semicolon. */
export function thereAre(n: number): string {
  if (n === 0) return 'there are none';
  return n === 1 ? 'there is 1' : `there are ${n}`;
}

/** Names are compared without case or surrounding spaces: "Buy" and " buy" clash. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

export function findById<T extends { readonly id: Id }>(items: readonly T[], id: Id): T | undefined {
  return items.find((item) => item.id === id);
}

export function hasId(items: readonly { readonly id: Id }[], id: Id): boolean {
  return items.some((item) => item.id === id);
}

/**
 * The record moved to position `toIndex` among `items` (sorted), as a copy
 * with a new order key; the same record when it is there already, and
 * undefined when there is no record with this id. A position past the end is
 * the caller's to refuse (pastTheEnd), in words about its own list.
 */
export function movedTo<T extends Ordered>(items: readonly T[], id: Id, toIndex: number): T | undefined {
  const from = items.findIndex((item) => item.id === id);
  const item = items[from];
  if (item === undefined) return undefined;
  if (toIndex === from) return item;
  const others = items.filter((other) => other !== item);
  return { ...item, order: keyAt(others, toIndex) };
}

/** Like filter, but keeps the same array when nothing is dropped. */
export function keepWhere<T>(items: readonly T[], keep: (item: T) => boolean): readonly T[] {
  const kept = items.filter(keep);
  return kept.length === items.length ? items : kept;
}

/** Like map, but keeps the same array when every item comes back unchanged. */
export function mapKeep<T>(items: readonly T[], change: (item: T) => T): readonly T[] {
  let changed = false;
  const next = items.map((item) => {
    const after = change(item);
    if (after !== item) changed = true;
    return after;
  });
  return changed ? next : items;
}

/** Replaces the item with this id by `change(item)`. */
export function updateById<T extends { readonly id: Id }>(
  items: readonly T[],
  id: Id,
  change: (item: T) => T,
): readonly T[] {
  return mapKeep(items, (item) => (item.id === id ? change(item) : item));
}

/** Copies the fields a command gave (not undefined) over the item; the same item when none differ. */
export function patch<T extends object>(item: T, fields: Partial<T>): T {
  let changed = false;
  const next: T = { ...item };
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const value = fields[key];
    if (value === undefined || sameValue(value, item[key])) continue;
    next[key] = value as T[keyof T];
    changed = true;
  }
  return changed ? next : item;
}

/** Ids without repeats, in first-seen order. */
export function unique(ids: readonly Id[]): readonly Id[] {
  return [...new Set(ids)];
}

/** "a", "a and b", "a, b and c". */
export function listOf(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** Equal values, or arrays with the same items in the same order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, i) => item === b[i]);
}

export type { CommandOf } from '../commands/payloads';
