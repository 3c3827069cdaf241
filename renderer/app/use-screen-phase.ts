/**
 * The phase whose screen the page draws, a step behind the chosen tab. When
 * the room moves on, the tab and the room's note change in the same moment
 * on every device; the new screen (a whole rating grid or board on a big
 * workshop) is drawn once that moment is on screen, so it never holds up
 * the room's "Now: Rate".
 */
import { startTransition, useEffect, useState } from 'react';
import type { Phase } from '../../shared/model';

export function useScreenPhase(phase: Phase): Phase {
  const [screenPhase, setScreenPhase] = useState(phase);
  useEffect(() => {
    if (screenPhase === phase) return undefined;
    let timer: number | undefined;
    // After the frame that shows the new tab, as a transition: typing or a click on the page still goes first.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setScreenPhase(phase)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [phase, screenPhase]);
  return screenPhase;
}
