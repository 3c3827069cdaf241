/**
 * The change record: what one command (or one undo) did to a workshop, record
 * by record. It is the one thing undo, the wire, the screens, the journal and
 * a merge of team files consume.
 *
 * `Changes` keeps each record's value before and after, so it can be
 * reversed (undo) and checked against what others did since. A `Patch` is
 * what applying needs: records put, records deleted (by identity), fields
 * set — what travels to the screens.
 *
 * Example — `rating/set` of team t1 on card c9, pillar empathy, from 4 to 5:
 *
 *     { records: { ratings: [{ before: { teamId: 't1', touchpointId: 'c9', pillarId: 'empathy', score: 4, note: '' },
 *                              after:  { teamId: 't1', touchpointId: 'c9', pillarId: 'empathy', score: 5, note: '' } }] },
 *       fields: { updatedAt: { before: '2026-12-03T10:00:00.000Z', after: '2026-12-03T10:00:04.000Z' } } }
 */
import type { CollectionName, FieldName, FieldValues, IdentityOf, RecordOf } from './collections';

/** One record's change: null before means it was made, null after means it was removed. */
export interface RecordChange<T> {
  readonly before: T | null;
  readonly after: T | null;
}

export type RecordChanges = {
  readonly [C in CollectionName]?: readonly RecordChange<RecordOf<C>>[];
};

export type FieldChanges = {
  readonly [F in FieldName]?: { readonly before: FieldValues[F]; readonly after: FieldValues[F] };
};

export interface Changes {
  readonly records: RecordChanges;
  readonly fields: FieldChanges;
}

export const NO_CHANGES: Changes = { records: {}, fields: {} };

/** What applying needs, without the values before: records put, records deleted, fields set. */
export interface Patch {
  readonly put?: { readonly [C in CollectionName]?: readonly RecordOf<C>[] };
  readonly del?: { readonly [C in CollectionName]?: readonly IdentityOf<C>[] };
  readonly set?: Partial<FieldValues>;
}
