/**
 * Which set of the shared score colours (shared/present/score-colours.ts) a
 * page colours its scores with: the high-contrast set when the person's
 * system asks for more contrast — the signal the board's own high-contrast
 * look follows too — or when a page chooses it for everything inside it (the
 * projector's wall in its high-contrast look). The Rate grid, the Insights
 * heatmap and stage matrix, their legends and the wall all ask here, so a
 * page in high contrast never shows the paler bands of the normal look.
 *
 * A screen reads it once and hands it to its cells: a heatmap has thousands
 * of them, and each listening to the system on its own would cost as much.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ScoreLook } from '../../shared/present/score-colours';

const MORE_CONTRAST = '(prefers-contrast: more)';

function subscribeToContrast(onChange: () => void): () => void {
  const query = window.matchMedia(MORE_CONTRAST);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function systemWantsContrast(): boolean {
  return window.matchMedia(MORE_CONTRAST).matches;
}

/** 'high' for everything inside; null leaves it to the system. */
const ChosenScoreLook = createContext<ScoreLook | null>(null);
export const ScoreLookProvider = ChosenScoreLook.Provider;

export function useScoreLook(): ScoreLook {
  const chosen = useContext(ChosenScoreLook);
  // Drawn outside a browser (a test's static markup), there is no system to ask: the normal look.
  const system = useSyncExternalStore(subscribeToContrast, systemWantsContrast, () => false);
  return chosen ?? (system ? 'high' : 'normal');
}
