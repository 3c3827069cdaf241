/**
 * Checks the shape of everything the host sends before the app trusts it:
 * response envelopes, WebSocket messages and the events' payloads. The host
 * is our own code, but a wrong shape must become a clear error, not a crash
 * deep inside a screen.
 */
import { z } from 'zod';
import type { EventName, Events, Method, WireError } from '../../shared/wire';

export const wireErrorSchema = z.object({
  code: z.string().max(64),
  message: z.string().max(4000),
});

export const responseEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: wireErrorSchema }),
]);

export const serverMessageSchema = z.union([
  z.object({ v: z.number().int(), id: z.number().int(), ok: z.literal(true), result: z.unknown() }),
  z.object({
    v: z.number().int(),
    id: z.number().int().nullable(),
    ok: z.literal(false),
    error: wireErrorSchema,
  }),
  z.object({ v: z.number().int(), event: z.string().max(64), data: z.unknown() }),
]);

/**
 * A snapshot's outer fields, and enough of the workshop to know it is one.
 * The full workshop schema is not re-run on every change: the host already
 * validated the state it holds, and large workshops change often.
 */
const snapshotSchema = z.object({
  workshopId: z.string(),
  seq: z.number().int(),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  state: z.looseObject({
    id: z.string(),
    title: z.string(),
    phase: z.string(),
    stages: z.array(z.unknown()),
    channels: z.array(z.unknown()),
    teams: z.array(z.unknown()),
    touchpoints: z.array(z.unknown()),
    framework: z.looseObject({ pillars: z.array(z.unknown()) }),
  }),
});

const eventSchemas: { readonly [E in EventName]: z.ZodType } = {
  'workshop/changed': snapshotSchema,
  'library/changed': z.object({}).loose(),
};

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(eventSchemas, name);
}

/** The event's payload when it has the expected shape; undefined otherwise. */
export function parseEvent<E extends EventName>(name: E, data: unknown): Events[E] | undefined {
  const parsed = eventSchemas[name].safeParse(data);
  // The schema checked the shape the wire contract declares for this event.
  return parsed.success ? (data as Events[E]) : undefined;
}

/** Results that are snapshots get the same check as the change event. */
/** The requests whose result is a workshop snapshot, checked with looksLikeSnapshot on arrival. */
export const SNAPSHOT_METHODS: ReadonlySet<Method> = new Set([
  'workshop/open',
  'workshop/dispatch',
  'workshop/undo',
  'workshop/redo',
]);

export function looksLikeSnapshot(result: unknown): boolean {
  return snapshotSchema.safeParse(result).success;
}

/** An exported file for download: checked before its name and type reach the browser's download. */
export const exportedFileSchema = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string().min(1).max(100),
  base64: z.string(),
});

export function toWireError(error: z.infer<typeof wireErrorSchema>): WireError {
  return error as WireError;
}
