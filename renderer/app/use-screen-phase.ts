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
 *
 * A page that follows the room also draws the agenda's next step ahead,
 * hidden (useAheadPhase): when the facilitator moves the room on, that
 * screen is only revealed, on a slow phone too.
 */
import { startTransition, useEffect, useState } from 'react';
import { PHASES, type Phase } from '../../shared/model';
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

/**
 * The agenda's step after the one shown, once its screen is here, for a page
 * that follows the room to draw ahead while it is idle (React's Activity,
 * hidden: its work waits until the page has nothing else to do). The screen
 * is fetched only while the page is connected, like the other screens.
 */
export function useAheadPhase(screenPhase: Phase | null, follows: boolean, connected: boolean): Phase | null {
  const next = screenPhase === null ? undefined : PHASES[PHASES.indexOf(screenPhase) + 1];
  const [arrived, setArrived] = useState<Phase | null>(null);
  useEffect(() => {
    if (!follows || !connected || next === undefined || loadedScreen(next)) return undefined;
    let cancelled = false;
    // A fetch that fails leaves the step to be fetched when the room gets there, and said there if it still fails.
    loadScreen(next).then(
      () => !cancelled && setArrived(next),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [follows, connected, next]);
  if (!follows || next === undefined) return null;
  return arrived === next || loadedScreen(next) ? next : null;
}
