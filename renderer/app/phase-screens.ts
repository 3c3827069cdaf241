/**
 * Each phase's screen is a file of its own, fetched when it is first needed:
 * a phone joining the room at the Map loads the board, not the Frame's
 * editors, the vote or the plan. Once a page shows its first screen, the
 * others are fetched in its idle moments, one at a time, so when the
 * facilitator moves the room on every device already has the next screen
 * and draws it at once.
 *
 * A screen, once here, is handed out synchronously (`loadedScreen`), so
 * switching to it never waits for a promise or flashes a fallback.
 */
import type { ComponentType } from 'react';
import { PHASES, type Phase } from '../../shared/model';
import type { ScreenProps } from '../features/common/screen-props';
import type { ExportScreenProps } from '../features/export/ExportScreen';
import { whenIdle } from './when-idle';

export type PhaseScreens = { readonly [P in Exclude<Phase, 'export'>]: ComponentType<ScreenProps> } & {
  readonly export: ComponentType<ExportScreenProps>;
};

type Loaders = { readonly [P in Phase]: () => Promise<PhaseScreens[P]> };

// Each `import()` is a chunk of its own in the build; the board's drag library goes with the screens that use it.
const loaders: Loaders = {
  frame: () => import('../features/frame/FrameScreen').then((m) => m.FrameScreen),
  map: () => import('../features/board/BoardScreen').then((m) => m.BoardScreen),
  rate: () => import('../features/rating/RatingScreen').then((m) => m.RatingScreen),
  diagnose: () => import('../features/insights/InsightsScreen').then((m) => m.InsightsScreen),
  fix: () => import('../features/fixes/FixesScreen').then((m) => m.FixesScreen),
  vote: () => import('../features/voting/VotingScreen').then((m) => m.VotingScreen),
  plan: () => import('../features/plan/PlanScreen').then((m) => m.PlanScreen),
  export: () => import('../features/export/ExportScreen').then((m) => m.ExportScreen),
};

const loaded: { -readonly [P in Phase]?: PhaseScreens[P] } = {};
const loading = new Map<Phase, Promise<unknown>>();

/** The phase's screen if it is already here, else undefined. */
export function loadedScreen<P extends Phase>(phase: P): PhaseScreens[P] | undefined {
  return loaded[phase] as PhaseScreens[P] | undefined;
}

/** Fetches the phase's screen (once; a failed fetch may be tried again). */
export function loadScreen<P extends Phase>(phase: P): Promise<PhaseScreens[P]> {
  const here = loadedScreen(phase);
  if (here) return Promise.resolve(here);
  const pending = loading.get(phase);
  if (pending) return pending as Promise<PhaseScreens[P]>;
  const load = (loaders[phase] as () => Promise<PhaseScreens[P]>)().then(
    (screen) => {
      (loaded as Record<P, PhaseScreens[P]>)[phase] = screen;
      loading.delete(phase);
      return screen;
    },
    (error: unknown) => {
      loading.delete(phase);
      throw error;
    },
  );
  loading.set(phase, load);
  return load;
}

let preloading = false;

/**
 * Fetches every screen not yet here, each in an idle moment of the page, in
 * the agenda's order. It stops at the first fetch that fails (the page has
 * most likely lost the host) or when `cancel` is called, and a later call
 * goes on from the screens still missing; a screen is fetched again anyway
 * when it is needed, and then says so if it still fails.
 */
export function preloadScreens(): () => void {
  if (preloading) return () => undefined;
  preloading = true;
  let cancelled = false;
  const stop = () => {
    cancelled = true;
    preloading = false;
  };
  const next = (index: number): void => {
    const phase = PHASES[index];
    if (phase === undefined) {
      preloading = false;
      return;
    }
    whenIdle(() => {
      if (cancelled) return;
      void loadScreen(phase).then(() => !cancelled && next(index + 1), stop);
    });
  };
  next(0);
  return stop;
}
