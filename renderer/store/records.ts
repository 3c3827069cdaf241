/**
 * The open workshop keyed by entity: each collection's records by their key,
 * built once per version of the collection (the store keeps an untouched
 * collection as the same array), so a component that shows one record — a
 * card being edited, an action — finds it without searching and redraws only
 * when that record changes.
 */
import { COLLECTIONS, type CollectionName, type RecordOf } from '../../shared/changes/collections';
import type { Workshop } from '../../shared/model';
import { useWorkshopSelector } from './use-live-workshop';

const indexes = new WeakMap<readonly unknown[], Map<string, unknown>>();

/** The records of one collection by key, made once for each version of the collection. */
export function recordsOf<C extends CollectionName>(workshop: Workshop, collection: C): ReadonlyMap<string, RecordOf<C>> {
  const spec = COLLECTIONS[collection];
  const items = spec.get(workshop);
  let index = indexes.get(items);
  if (!index) {
    index = new Map(items.map((item) => [spec.key(spec.identity(item)), item]));
    indexes.set(items, index);
  }
  // Built above from this very collection's records.
  return index as ReadonlyMap<string, RecordOf<C>>;
}

/** One record of the open workshop by its key (an id for cards, stages, fixes…), or undefined when it is gone. */
export function useRecord<C extends CollectionName>(collection: C, key: string | null | undefined): RecordOf<C> | undefined {
  return useWorkshopSelector((workshop) => (key ? recordsOf(workshop, collection).get(key) : undefined));
}
