/**
 * The screen for each phase. Every screen gets the same ScreenProps, so the
 * shell does not care who built it; Export also gets the way to save a PDF.
 */
import { memo } from 'react';
import type { Phase } from '../../shared/model';
import type { ExportOptions, PaperSize } from '../../shared/wire';
import type { ExportOutcome } from '../api/client';
import { BoardScreen } from '../features/board/BoardScreen';
import { ExportScreen } from '../features/export/ExportScreen';
import { FixesScreen } from '../features/fixes/FixesScreen';
import { FrameScreen } from '../features/frame/FrameScreen';
import { InsightsScreen } from '../features/insights/InsightsScreen';
import { PlanScreen } from '../features/plan/PlanScreen';
import { RatingScreen } from '../features/rating/RatingScreen';
import type { ScreenProps } from '../features/common/screen-props';
import { VotingScreen } from '../features/voting/VotingScreen';

export interface PhaseScreenProps extends ScreenProps {
  readonly phase: Phase;
  readonly exportPdf: (paper: PaperSize, options?: ExportOptions) => Promise<ExportOutcome>;
}

/** Memoised: the shell redraws for the save state and the tabs; the screen redraws for what it reads. */
export const PhaseScreen = memo(function PhaseScreen({ phase, exportPdf, ...screen }: PhaseScreenProps) {
  switch (phase) {
    case 'frame':
      return <FrameScreen {...screen} />;
    case 'map':
      return <BoardScreen {...screen} />;
    case 'rate':
      return <RatingScreen {...screen} />;
    case 'diagnose':
      return <InsightsScreen {...screen} />;
    case 'fix':
      return <FixesScreen {...screen} />;
    case 'vote':
      return <VotingScreen {...screen} />;
    case 'plan':
      return <PlanScreen {...screen} />;
    case 'export':
      return <ExportScreen {...screen} exportPdf={exportPdf} />;
  }
});
