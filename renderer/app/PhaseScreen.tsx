/**
 * The screen for each phase. Every screen gets the same ScreenProps, so the
 * shell does not care who built it; Export also gets the way to save a PDF.
 * Screens are fetched on first need (phase-screens.ts); the shell draws a
 * phase only once its screen is here, so a missing one means its fetch failed.
 */
import { createElement, memo } from 'react';
import type { Phase } from '../../shared/model';
import type { ExportOptions, PaperSize } from '../../shared/wire';
import type { ExportOutcome } from '../api/client';
import type { ScreenProps } from '../features/common/screen-props';
import { Button, EmptyState } from '../ui';
import { loadedScreen } from './phase-screens';

export interface PhaseScreenProps extends ScreenProps {
  readonly phase: Phase;
  readonly exportPdf: (paper: PaperSize, options?: ExportOptions) => Promise<ExportOutcome>;
}

/** Memoised: the shell redraws for the save state and the tabs; the screen redraws for what it reads. */
export const PhaseScreen = memo(function PhaseScreen({ phase, exportPdf, ...screen }: PhaseScreenProps) {
  // Each phase has one component for the life of the page (phase-screens.ts keeps it), so its state is kept between draws.
  if (phase === 'export') {
    const exportScreen = loadedScreen('export');
    return exportScreen ? createElement(exportScreen, { ...screen, exportPdf }) : <ScreenMissing />;
  }
  const screenOfPhase = loadedScreen(phase);
  return screenOfPhase ? createElement(screenOfPhase, screen) : <ScreenMissing />;
});

/** The screen's file did not arrive (the computer running the workshop went away, or was updated meanwhile). */
function ScreenMissing() {
  return (
    <EmptyState
      title="This step could not be loaded"
      action={<Button onClick={() => window.location.reload()}>Reload the page</Button>}
    >
      <p>The page could not fetch this step from the computer running the workshop. Reloading usually brings it back; nothing you made is lost.</p>
    </EmptyState>
  );
}
