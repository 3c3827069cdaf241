/**
 * Which screen the projector goes on, and what each screen is called when
 * the facilitator chooses: the first screen that is not the main one (the
 * projector, a TV), full screen; with only one screen, a window on it that
 * the facilitator can drag across later. Free of Electron, so it is tested
 * under plain Node.
 */
import type { ProjectorDisplay } from '../../shared/projector-bridge';

/** What the projector needs to know of a screen (a subset of Electron's Display). */
export interface ScreenInfo {
  readonly id: number;
  readonly bounds: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  /** A laptop's own panel, when the system says so. */
  readonly internal?: boolean;
  /** The system's name for it ("DELL U2720Q"), when it gives one. */
  readonly label?: string;
}

export interface Placement {
  readonly screen: ScreenInfo;
  /** Full screen on a screen of its own; a window when it shares the facilitator's screen. */
  readonly fullscreen: boolean;
}

/**
 * Where the projector goes: the chosen screen while it is connected, else
 * the first screen that is not the main one, else the main one. Null only
 * when the system lists no screens at all.
 */
export function placeProjector(screens: readonly ScreenInfo[], primaryId: number, chosenId?: number): Placement | null {
  const chosen = chosenId === undefined ? undefined : screens.find((s) => s.id === chosenId);
  const screen = chosen ?? screens.find((s) => s.id !== primaryId) ?? screens.find((s) => s.id === primaryId) ?? screens[0];
  if (!screen) return null;
  return { screen, fullscreen: screen.id !== primaryId };
}

/** Each screen with a name a facilitator recognises: "Main screen (1440×900)", "DELL U2720Q (3840×2160)". */
export function screenChoices(screens: readonly ScreenInfo[], primaryId: number): readonly ProjectorDisplay[] {
  let other = 0;
  return screens.map((s) => {
    const primary = s.id === primaryId;
    const size = `${s.bounds.width}×${s.bounds.height}`;
    const given = s.label?.trim();
    let name: string;
    if (given) name = given;
    else if (primary) name = s.internal ? 'Built-in screen' : 'Main screen';
    else name = other++ === 0 ? 'Second screen' : `Screen ${other + 1}`;
    return { id: s.id, label: `${name} (${size})${primary ? ', this one' : ''}`.slice(0, 200), primary };
  });
}
