/**
 * Applying changes. The host, every screen and a journal replay all apply a
 * change with `applyPatch`, so whoever applies the same patches to the same
 * workshop holds the same workshop — down to the order of every array, which
 * is the collection's sort order and never the order changes arrived in.
 */
import type { Workshop } from '../model';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  FIELD_NAMES,
  setFields,
  type CollectionName,
  type FieldValues,
  type IdentityOf,
  type RecordOf,
} from './collections';
import type { Changes, FieldChanges, Patch, RecordChange, RecordChanges } from './types';

/** Past this many changes to one collection, rebuilding it beats splicing one at a time. */
const SPLICE_LIMIT = 48;

/** What applying `changes` needs: the values after, and the identities of what went. */
export function toPatch(changes: Changes): Patch {
  const put: Record<string, unknown[]> = {};
  const del: Record<string, unknown[]> = {};
  for (const collection of COLLECTION_NAMES) splitChanges(collection, changes.records[collection], put, del);
  const set: Record<string, unknown> = {};
  for (const field of FIELD_NAMES) {
    const change = changes.fields[field];
    if (change) set[field] = change.after;
  }
  const patch: { put?: Patch['put']; del?: Patch['del']; set?: Patch['set'] } = {};
  // Filled per collection from that collection's own records and identities.
  if (Object.keys(put).length > 0) patch.put = put as Patch['put'];
  if (Object.keys(del).length > 0) patch.del = del as Patch['del'];
  if (Object.keys(set).length > 0) patch.set = set as Patch['set'];
  return patch;
}

function splitChanges<C extends CollectionName>(
  collection: C,
  list: readonly RecordChange<RecordOf<C>>[] | undefined,
  put: Record<string, unknown[]>,
  del: Record<string, unknown[]>,
): void {
  if (!list) return;
  const spec = COLLECTIONS[collection];
  for (const change of list) {
    if (change.after !== null) (put[collection] ??= []).push(change.after);
    else if (change.before !== null) (del[collection] ??= []).push(spec.identity(change.before));
  }
}

/** The changes that undo these: every before and after swapped. */
export function reverseChanges(changes: Changes): Changes {
  const records: Record<string, unknown> = {};
  for (const collection of COLLECTION_NAMES) {
    const list = changes.records[collection];
    if (list) records[collection] = list.map((c) => ({ before: c.after, after: c.before }));
  }
  const fields: Record<string, unknown> = {};
  for (const field of FIELD_NAMES) {
    const change = changes.fields[field];
    if (change) fields[field] = { before: change.after, after: change.before };
  }
  return { records: records as RecordChanges, fields: fields as FieldChanges };
}

export function isEmptyChanges(changes: Changes): boolean {
  return Object.keys(changes.records).length === 0 && Object.keys(changes.fields).length === 0;
}

/** The index of the record with this identity, or -1. */
export function indexOfIdentity<C extends CollectionName>(
  collection: C,
  items: readonly RecordOf<C>[],
  identity: IdentityOf<C>,
): number {
  const spec = COLLECTIONS[collection];
  if (!spec.sortedByIdentity) return items.findIndex((item) => spec.identity(item) === identity);
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const order = spec.compareIdentity(items[mid] as RecordOf<C>, identity);
    if (order === 0) return mid;
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Where `record` goes in the sorted array: the first index whose record sorts after it. */
function insertionIndex<C extends CollectionName>(collection: C, items: readonly RecordOf<C>[], record: RecordOf<C>): number {
  const compare = COLLECTIONS[collection].compare;
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(items[mid] as RecordOf<C>, record) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function applyToCollection<C extends CollectionName>(
  collection: C,
  items: readonly RecordOf<C>[],
  put: readonly RecordOf<C>[],
  del: readonly IdentityOf<C>[],
): readonly RecordOf<C>[] {
  const spec = COLLECTIONS[collection];
  if (put.length + del.length > SPLICE_LIMIT) {
    const byKey = new Map(items.map((item) => [spec.key(spec.identity(item)), item]));
    for (const identity of del) byKey.delete(spec.key(identity));
    for (const record of put) byKey.set(spec.key(spec.identity(record)), record);
    return [...byKey.values()].sort(spec.compare);
  }
  const next = [...items];
  for (const identity of del) {
    const at = indexOfIdentity(collection, next, identity);
    if (at >= 0) next.splice(at, 1);
  }
  for (const record of put) {
    const at = indexOfIdentity(collection, next, spec.identity(record));
    if (at >= 0) next.splice(at, 1);
    next.splice(insertionIndex(collection, next, record), 0, record);
  }
  return next;
}

function patchCollection<C extends CollectionName>(state: Workshop, collection: C, patch: Patch): Workshop {
  const put: readonly RecordOf<C>[] | undefined = patch.put?.[collection];
  const del: readonly IdentityOf<C>[] | undefined = patch.del?.[collection];
  if (!put && !del) return state;
  const spec = COLLECTIONS[collection];
  return spec.set(state, applyToCollection(collection, spec.get(state), put ?? [], del ?? []));
}

/**
 * The workshop with the patch applied. Untouched collections stay the same
 * arrays, so screens that read only them need not redraw.
 */
export function applyPatch(state: Workshop, patch: Patch): Workshop {
  let next = state;
  for (const collection of COLLECTION_NAMES) next = patchCollection(next, collection, patch);
  const set: Partial<FieldValues> | undefined = patch.set;
  return set && Object.keys(set).length > 0 ? setFields(next, set) : next;
}

/** Every collection sorted as it is held; the same workshop when it already is. */
export function sortCollections(state: Workshop): Workshop {
  let next = state;
  for (const collection of COLLECTION_NAMES) next = sortCollection(next, collection);
  return next;
}

function sortCollection<C extends CollectionName>(state: Workshop, collection: C): Workshop {
  const spec = COLLECTIONS[collection];
  const items = spec.get(state);
  return isSorted(items, spec.compare) ? state : spec.set(state, [...items].sort(spec.compare));
}

function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i += 1) {
    if (compare(items[i - 1] as T, items[i] as T) > 0) return false;
  }
  return true;
}
