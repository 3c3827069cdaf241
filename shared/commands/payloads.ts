/**
 * The payload type of each command, from the schemas in the area files. The
 * reducers name their command with `CommandOf<'touchpoint/move'>`; this is
 * read from the schemas alone (not from the definitions, which hold the
 * reducers), so the types do not go round in a circle.
 */
import type { z } from 'zod';
import type * as board from './board';
import type { CommandSchema } from './define';
import type * as facilitation from './facilitation';
import type * as fixes from './fixes';
import type * as frame from './frame';
import type * as plan from './plan';
import type * as rating from './rating';
import type * as voting from './voting';

/** The schema constants a module exports, leaving out its list of definitions by name. */
type WithoutLists<M> = { [K in keyof M as K extends `${string}_COMMANDS` ? never : K]: M[K] };
type SchemasIn<M> = Extract<WithoutLists<M>[keyof WithoutLists<M>], CommandSchema>;

type AnySchema =
  | SchemasIn<typeof frame>
  | SchemasIn<typeof facilitation>
  | SchemasIn<typeof board>
  | SchemasIn<typeof rating>
  | SchemasIn<typeof fixes>
  | SchemasIn<typeof voting>
  | SchemasIn<typeof plan>;

type AnyPayload = z.infer<AnySchema>;

/** The command with this type, as its schema gives it. */
export type CommandOf<T extends AnyPayload['type']> = Extract<AnyPayload, { readonly type: T }>;
