/**
 * Fractional order keys: where a stage, channel, card, pillar, fix, person or
 * action sits among its siblings. Records sort by their key (ties by id), and
 * a key can always be made between two others, so putting something at a
 * position — or moving it there — writes that one record and no other.
 *
 * Keys compare by plain code units ("A" < "a"), never by locale.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import type { Id, OrderKey } from './model';

export interface Ordered {
  readonly id: Id;
  readonly order: OrderKey;
}

/** Code-unit comparison, the order fractional keys are made for. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order records are held in: by key, then by id so equal keys still sort one way. */
export function compareOrdered(a: Ordered, b: Ordered): number {
  return compareText(a.order, b.order) || compareText(a.id, b.id);
}

/**
 * A key after `before` and before `after` (null: an open end). Keys from a
 * damaged or hand-edited file may not leave room between them; the new key
 * then goes just after `before`, which keeps every record in place.
 */
export function keyBetween(before: OrderKey | null, after: OrderKey | null): OrderKey {
  try {
    if (before !== null && after !== null && compareText(before, after) >= 0) {
      return generateKeyBetween(before, null);
    }
    return generateKeyBetween(before, after);
  } catch {
    return generateKeyBetween(null, null);
  }
}

/** `n` keys in ascending order, for records that had none (new workshops, older files). */
export function firstKeys(n: number): readonly OrderKey[] {
  return generateNKeysBetween(null, null, n);
}

/**
 * The key that puts a record at `index` among `siblings` (sorted, and not
 * holding the record itself): before the sibling now at that index, or after
 * the last one when the index is past the end or not given.
 */
export function keyAt(siblings: readonly Ordered[], index: number | undefined): OrderKey {
  const last = siblings[siblings.length - 1];
  if (index === undefined || index >= siblings.length) return keyBetween(last?.order ?? null, null);
  const at = Math.max(0, index);
  return keyBetween(siblings[at - 1]?.order ?? null, siblings[at]?.order ?? null);
}

/** The key after every one of these records. */
export function keyAfterAll(items: readonly Ordered[]): OrderKey {
  let highest: OrderKey | null = null;
  for (const item of items) if (highest === null || compareText(item.order, highest) > 0) highest = item.order;
  return keyBetween(highest, null);
}

/** Gives records that have no key one each, in the order they come. */
export function withFirstKeys<T extends object>(items: readonly T[]): readonly (T & { readonly order: OrderKey })[] {
  const keys = firstKeys(items.length);
  return items.map((item, i) => ({ ...item, order: keys[i] ?? keyBetween(null, null) }));
}
