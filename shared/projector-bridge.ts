/**
 * The desktop app's projector window, as the page asks for it through the
 * preload bridge: which screens there are, and "open the projector for this
 * workshop on that screen". Both directions are checked against these
 * schemas, since neither side takes the other's word for what arrives.
 */
import { z } from 'zod';
import { idSchema } from './model';

/** The IPC channels of the projector window (invoke/handle); the main process answers only these. */
export const PROJECTOR_CHANNELS = {
  open: 'journey-room:projector-open',
  displays: 'journey-room:projector-displays',
} as const;

export const projectorOpenRequestSchema = z
  .object({
    workshopId: idSchema,
    /** The screen the facilitator chose; absent: the external screen when there is one. */
    displayId: z.number().int().min(0).optional(),
  })
  .strict();
export type ProjectorOpenRequest = z.infer<typeof projectorOpenRequestSchema>;

export const projectorDisplaySchema = z
  .object({
    id: z.number().int().min(0),
    /** "Built-in screen (1440×900)", "Second screen (1920×1080)". */
    label: z.string().min(1).max(200),
    primary: z.boolean(),
  })
  .strict();
export type ProjectorDisplay = z.infer<typeof projectorDisplaySchema>;
export const projectorDisplaysSchema = z.array(projectorDisplaySchema).max(16);

export const projectorOpenResultSchema = z.union([
  z.object({ ok: z.literal(true), fullscreen: z.boolean(), label: z.string().max(200) }).strict(),
  z.object({ ok: z.literal(false), message: z.string().max(400) }).strict(),
]);
export type ProjectorOpenResult = z.infer<typeof projectorOpenResultSchema>;

/** What the preload adds to the bridge for the projector; answers are unchecked until parsed. */
export interface ProjectorBridge {
  displays(): Promise<unknown>;
  open(request: ProjectorOpenRequest): Promise<unknown>;
}
