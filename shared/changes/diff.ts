/**
 * Finds what changed between two workshops, record by record. The reducers
 * keep untouched records (and untouched arrays) as the same objects, so the
 * search only looks where references differ: it skips the common start and
 * end of each changed array and compares the middle by identity. A record
 * remade with equal contents is not a change.
 */
import type { Workshop } from '../model';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  FIELD_NAMES,
  getField,
  sameValue,
  type CollectionName,
  type FieldName,
  type FieldValues,
  type RecordOf,
} from './collections';
import type { Changes, FieldChanges, RecordChange, RecordChanges } from './types';

function diffCollection<C extends CollectionName>(
  collection: C,
  before: readonly RecordOf<C>[],
  after: readonly RecordOf<C>[],
): RecordChange<RecordOf<C>>[] {
  if (before === after) return [];
  const spec = COLLECTIONS[collection];
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start += 1;
  let endBefore = before.length - 1;
  let endAfter = after.length - 1;
  while (endBefore >= start && endAfter >= start && before[endBefore] === after[endAfter]) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const previous = new Map<string, RecordOf<C>>();
  for (let i = start; i <= endBefore; i += 1) {
    const record = before[i] as RecordOf<C>;
    previous.set(spec.key(spec.identity(record)), record);
  }
  const changes: RecordChange<RecordOf<C>>[] = [];
  for (let i = start; i <= endAfter; i += 1) {
    const record = after[i] as RecordOf<C>;
    const key = spec.key(spec.identity(record));
    const old = previous.get(key);
    if (old === undefined) {
      changes.push({ before: null, after: record });
      continue;
    }
    previous.delete(key);
    if (old !== record && !sameValue(old, record)) changes.push({ before: old, after: record });
  }
  for (const old of previous.values()) changes.push({ before: old, after: null });
  return changes;
}

function diffField<F extends FieldName>(before: Workshop, after: Workshop, field: F, into: Record<string, unknown>): void {
  const a: FieldValues[F] = getField(before, field);
  const b: FieldValues[F] = getField(after, field);
  if (!sameValue(a, b)) into[field] = { before: a, after: b };
}

/** Every record and field that differs from `before` to `after`. */
export function diffWorkshops(before: Workshop, after: Workshop): Changes {
  const records: Record<string, unknown> = {};
  if (before !== after) {
    for (const collection of COLLECTION_NAMES) {
      const spec = COLLECTIONS[collection];
      const changes = diffCollection(collection, spec.get(before), spec.get(after));
      if (changes.length > 0) records[collection] = changes;
    }
  }
  const fields: Record<string, unknown> = {};
  if (before !== after) for (const field of FIELD_NAMES) diffField(before, after, field, fields);
  // Built per name above from the matching collection and field; the shapes are the declared ones.
  return { records: records as RecordChanges, fields: fields as FieldChanges };
}
