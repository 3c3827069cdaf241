/**
 * How this device shows the board: zoom (a number, or "fit" to keep the
 * whole board on screen), high contrast, and whether the emotion curve is
 * open. These belong to the screen in front of the room, not to the
 * workshop, so they live in this browser's localStorage and are never sent
 * to the host. What is read back is checked: a stale or hand-edited value
 * falls back to the default instead of breaking the board.
 */
import { z } from 'zod';
import { clampZoom, ZOOM_DEFAULT } from './board-zoom';

export const BOARD_VIEW_KEY = 'journey-room.board-view';

export type ZoomMode = number | 'fit';
/** 'auto' follows the system's "more contrast" setting. */
export type ContrastChoice = 'auto' | 'high' | 'normal';

export interface BoardViewSettings {
  readonly zoom: ZoomMode;
  readonly contrast: ContrastChoice;
  readonly curveOpen: boolean;
}

export const DEFAULT_VIEW: BoardViewSettings = { zoom: ZOOM_DEFAULT, contrast: 'auto', curveOpen: false };

const storedSchema = z.object({
  zoom: z.union([z.literal('fit'), z.number().finite()]).catch(DEFAULT_VIEW.zoom),
  contrast: z.enum(['auto', 'high', 'normal']).catch(DEFAULT_VIEW.contrast),
  curveOpen: z.boolean().catch(DEFAULT_VIEW.curveOpen),
});

/** The settings in a stored text; anything missing or wrong is the default. */
export function parseViewSettings(text: string | null): BoardViewSettings {
  if (text === null) return DEFAULT_VIEW;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_VIEW;
  }
  const parsed = storedSchema.safeParse(raw);
  if (!parsed.success) return DEFAULT_VIEW;
  const { zoom, contrast, curveOpen } = parsed.data;
  return { zoom: zoom === 'fit' ? 'fit' : clampZoom(zoom), contrast, curveOpen };
}

export function readViewSettings(storage: Pick<Storage, 'getItem'> | undefined): BoardViewSettings {
  try {
    return parseViewSettings(storage?.getItem(BOARD_VIEW_KEY) ?? null);
  } catch {
    // Storage can be switched off; the board then simply starts at its defaults.
    return DEFAULT_VIEW;
  }
}

export function writeViewSettings(storage: Pick<Storage, 'setItem'> | undefined, settings: BoardViewSettings): void {
  try {
    storage?.setItem(BOARD_VIEW_KEY, JSON.stringify(settings));
  } catch {
    // Full or switched-off storage: the choice lasts for this visit only.
  }
}
