/**
 * Undo and redo as reversed changes. A seat's undo puts back the records its
 * own change touched — and only if nobody changed them since: a record that
 * differs from what the change left is someone else's work now, so the undo
 * is refused with a sentence naming what changed and who changed it. An undo
 * that would leave someone's work pointing at something gone, put someone
 * over their dots, or change the vote's rules under cast dots is refused too.
 */
import type { Workshop } from '../model';
import { repairReferences } from '../reducers/cascade';
import { rulesDiffer, RULES_FIXED } from '../reducers/rounds';
import type { ApplyResult, CommandContext, DomainError } from '../result';
import { brokenVote } from '../selectors/vote-rules';
import { votingStarted } from '../selectors/voting';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  FIELD_NAMES,
  getField,
  sameValue,
  type CollectionName,
  type FieldName,
  type RecordOf,
} from './collections';
import { describeField, describeRecord } from './describe';
import { diffWorkshops } from './diff';
import { applyPatch, indexOfIdentity, reverseChanges, toPatch } from './patch';
import type { Changes, RecordChange } from './types';

/** Where a conflicting change sits: a record (by its key) or a single field. */
export type ChangedPlace =
  | { readonly collection: CollectionName; readonly key: string }
  | { readonly field: FieldName };

/** Who last changed a place ("Team North", "the facilitator", or "you"), when known. */
export type WhoChanged = (place: ChangedPlace) => string | undefined;

interface Conflict {
  readonly place: ChangedPlace;
  /** What it is, as a person calls it. */
  readonly what: string;
  readonly verb: 'changed' | 'removed' | 'added';
}

/** How a record is named to the person undoing: by what it is, or as someone else's work when it is hidden from them. */
function nameOf<C extends CollectionName>(state: Workshop, seen: Workshop, collection: C, record: RecordOf<C>): string {
  const spec = COLLECTIONS[collection];
  const items = spec.get(seen);
  const visible = seen === state || indexOfIdentity(collection, items, spec.identity(record)) >= 0;
  return visible ? describeRecord(state, collection, record) : "someone else's work";
}

function recordConflicts<C extends CollectionName>(
  state: Workshop,
  seen: Workshop,
  collection: C,
  list: readonly RecordChange<RecordOf<C>>[] | undefined,
  into: Conflict[],
): void {
  if (!list) return;
  const spec = COLLECTIONS[collection];
  const items = spec.get(state);
  for (const change of list) {
    const named = change.after ?? change.before;
    if (named === null) continue;
    const identity = spec.identity(named);
    const current = items[indexOfIdentity(collection, items, identity)] ?? null;
    if (sameValue(current, change.after)) continue;
    const verb = current === null ? 'removed' : change.after === null ? 'added' : 'changed';
    const shown = current ?? named;
    into.push({ place: { collection, key: spec.key(identity) }, what: nameOf(state, seen, collection, shown), verb });
  }
}

/** Everything the changes touched that is no longer as they left it. */
function conflictsWith(state: Workshop, seen: Workshop, changes: Changes): readonly Conflict[] {
  const conflicts: Conflict[] = [];
  for (const collection of COLLECTION_NAMES) recordConflicts(state, seen, collection, changes.records[collection], conflicts);
  for (const field of FIELD_NAMES) {
    const change = changes.fields[field];
    // The time of the last change moves with every change; it is nobody's work.
    if (!change || field === 'updatedAt') continue;
    if (!sameValue(getField(state, field), change.after)) {
      conflicts.push({ place: { field }, what: describeField(field), verb: 'changed' });
    }
  }
  return conflicts;
}

function refuse(message: string): ApplyResult {
  const error: DomainError = { code: 'conflict', message };
  return { ok: false, error };
}

function conflictSentence(conflicts: readonly Conflict[], whoChanged: WhoChanged): string {
  const first = conflicts[0];
  if (!first) return 'This can no longer be undone.';
  const who = whoChanged(first.place) ?? 'someone else';
  const has = who === 'you' ? 'have' : 'has';
  const more = conflicts.length > 1 ? ` (and ${String(conflicts.length - 1)} more of what it touched)` : '';
  return `This can no longer be undone: ${who} ${has} ${first.verb} ${first.what}${more} since.`;
}

/** The first record that would point at something gone, named as in the workshop now. */
function dependent(now: Workshop, seen: Workshop, next: Workshop): string | undefined {
  const repaired = repairReferences(next);
  if (repaired === next) return undefined;
  const dropped = diffWorkshops(next, repaired);
  for (const collection of COLLECTION_NAMES) {
    const first = dropped.records[collection]?.[0];
    if (first?.before) return nameOf(now, seen, collection, first.before);
  }
  return 'something';
}

/**
 * Applies the reverse of `changes` (an undo, or the redo of one), or refuses
 * with a sentence when others' work stands in the way. `whoChanged` names
 * whoever changed a place since; `seenBy` is the workshop as the person
 * undoing may see it, so a refusal never describes what is hidden from them.
 */
export function revertChanges(
  state: Workshop,
  changes: Changes,
  ctx: CommandContext,
  whoChanged: WhoChanged = () => undefined,
  seenBy: (workshop: Workshop) => Workshop = (workshop) => workshop,
): ApplyResult {
  const seen = seenBy(state);
  const conflicts = conflictsWith(state, seen, changes);
  if (conflicts.length > 0) return refuse(conflictSentence(conflicts, whoChanged));
  const patch = toPatch(reverseChanges(changes));
  const next = applyPatch(state, { ...patch, set: { ...patch.set, updatedAt: ctx.now() } });
  const stranded = dependent(state, seen, next);
  if (stranded !== undefined) {
    return refuse(`This can no longer be undone: ${stranded} depends on it now.`);
  }
  if (votingStarted(next) && rulesDiffer(state.voting, next.voting)) {
    return refuse(`This can no longer be undone: ${RULES_FIXED}`);
  }
  const broken = brokenVote(next);
  if (broken) {
    const name = next.participants.find((p) => p.id === broken.participantId)?.name ?? 'someone';
    return refuse(`This can no longer be undone: it would put ${name} over the dot limits. Ask them to take some dots back first.`);
  }
  return { ok: true, state: next, changes: diffWorkshops(state, next) };
}
