/**
 * Field schemas several commands share: positions, owners' names, round
 * numbers, records keyed by ids. Each command's own fields are in its area's
 * definition file.
 */
import { z } from 'zod';
import { idSchema, NAME_MAX } from '../model';

/**
 * A position among siblings, counted from 0. Only the reducers know how long
 * the list is, so they refuse a position past its end.
 */
export const indexField = z.number().int().min(0);

/** Whether a value (as it arrived, before zod reads it) has "__proto__" as a key of its own. */
function hasOwnProtoKey(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__');
}

/**
 * A record keyed by ids of `what` ("fix"): a ballot's dots per fix, the
 * weights per pillar. zod leaves a "__proto__" key out of the record it hands
 * back instead of refusing it, so {"__proto__": 3} arrived as an empty ballot
 * and wiped the voter's dots. The key is refused here, before zod reads the
 * record, so it is refused wherever a command comes from. "constructor" and
 * "prototype" need no such care: they come through as ordinary keys, name no
 * fix or pillar, and the reducers refuse them as such.
 */
export function idRecord<V extends z.ZodType<unknown, unknown>>(what: string, values: V) {
  return z
    .unknown()
    .refine((value) => !hasOwnProtoKey(value), { message: `“__proto__” is not the id of any ${what}.`, abort: true })
    .pipe(z.record(idSchema, values));
}

export const ownerField = z.string().trim().max(NAME_MAX, `Keep names to ${NAME_MAX} characters or fewer.`);

export const dotsPerFixField = z.number().int().min(1).max(50);
