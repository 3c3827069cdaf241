/**
 * The phase whose screen the page draws, a step behind the chosen tab. When
 * the room moves on, the tab and the room's note change in the same moment
 * on every device; the new screen (a whole rating grid or board on a big
 * workshop) is drawn once that moment is on screen, so it never holds up
 * the room's "Now: Rate". A screen not fetched yet (phase-screens.ts) is
 * fetched first; until the first one is here the page draws none (null).
 * Once a screen is shown, the others are fetched in the page's idle moments
 * while the page is connected to the host: a phone off the Wi-Fi does not
 * keep asking for files that cannot come, and goes on when it is back.
 */
import { startTransition, useEffect, useState } from 'react';
import type { Phase } from '../../shared/model';
import { loadedScreen, loadScreen, preloadScreens } from './phase-screens';

export function useScreenPhase(phase: Phase, connected: boolean): Phase | null {
  const [screenPhase, setScreenPhase] = useState<Phase | null>(() => (loadedScreen(phase) ? phase : null));
  const shown = screenPhase !== null;
  useEffect(() => (shown && connected ? preloadScreens() : undefined), [shown, connected]);
  useEffect(() => {
    if (screenPhase === phase) return undefined;
    let cancelled = false;
    let frame: number | undefined;
    let timer: number | undefined;
    // After the frame that shows the new tab, as a transition: typing or a click on the page still goes first.
    const show = () => {
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(() => startTransition(() => setScreenPhase(phase)), 0);
      });
    };
    if (loadedScreen(phase)) show();
    else {
      // A failed fetch shows the screen's place with the reason (PhaseScreen), rather than the old screen for ever.
      void loadScreen(phase).then(
        () => !cancelled && show(),
        () => !cancelled && setScreenPhase(phase),
      );
    }
    return () => {
      cancelled = true;
      if (frame !== undefined) cancelAnimationFrame(frame);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [phase, screenPhase]);
  return screenPhase;
}
