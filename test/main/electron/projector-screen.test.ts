/**
 * Where the desktop app's projector window goes: full screen on the screen
 * that is not the facilitator's, the one chosen when it is still connected,
 * and a plain window on the only screen there is; and the names the
 * facilitator chooses a screen by.
 */
import { describe, expect, it } from 'vitest';
import { placeProjector, screenChoices, type ScreenInfo } from '../../../main/electron/projector-screen';

const LAPTOP: ScreenInfo = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, internal: true };
const PROJECTOR: ScreenInfo = { id: 7, bounds: { x: 1440, y: 0, width: 1280, height: 720 } };
const TV: ScreenInfo = { id: 9, bounds: { x: 2720, y: 0, width: 1920, height: 1080 }, label: 'Meeting room TV' };

describe('placing the projector', () => {
  it('goes full screen on the external screen when there is one', () => {
    expect(placeProjector([LAPTOP, PROJECTOR], 1)).toEqual({ screen: PROJECTOR, fullscreen: true });
  });

  it('opens as a window on the only screen, so the facilitator’s own screen is not covered', () => {
    expect(placeProjector([LAPTOP], 1)).toEqual({ screen: LAPTOP, fullscreen: false });
  });

  it('follows the facilitator’s choice while that screen is connected', () => {
    expect(placeProjector([LAPTOP, PROJECTOR, TV], 1, 9)).toEqual({ screen: TV, fullscreen: true });
    expect(placeProjector([LAPTOP, PROJECTOR, TV], 1, 1)).toEqual({ screen: LAPTOP, fullscreen: false });
  });

  it('falls back to the external screen when the chosen one is unplugged, and to the laptop when none is left', () => {
    expect(placeProjector([LAPTOP, PROJECTOR], 1, 9)).toEqual({ screen: PROJECTOR, fullscreen: true });
    expect(placeProjector([LAPTOP], 1, 7)).toEqual({ screen: LAPTOP, fullscreen: false });
  });

  it('gives up only when the system lists no screen at all', () => {
    expect(placeProjector([], 1)).toBeNull();
  });
});

describe('naming the screens', () => {
  it('names each screen by what it is and its size, the facilitator’s marked', () => {
    expect(screenChoices([LAPTOP, PROJECTOR, TV], 1)).toEqual([
      { id: 1, label: 'Built-in screen (1440×900), this one', primary: true },
      { id: 7, label: 'Second screen (1280×720)', primary: false },
      { id: 9, label: 'Meeting room TV (1920×1080)', primary: false },
    ]);
  });
});
