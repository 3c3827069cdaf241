/**
 * The board's view controls for the projector: zoom out and in, "Fit to
 * screen" (the whole board on screen at the largest readable size), "Actual
 * size" (back to 100 %), and high contrast. They change only how this device
 * draws the board, never the workshop.
 */
import { Button } from '../../ui';
import { stepZoom, ZOOM_DEFAULT, ZOOM_MAX, ZOOM_MIN, zoomPercent } from './board-zoom';
import type { BoardView } from './use-board-view';

export interface BoardViewControlsProps {
  readonly view: BoardView;
  /** The zoom the board is drawn at now (the fitted one in "fit" mode). */
  readonly zoom: number;
}

function MagnifierIcon({ plus }: { plus: boolean }) {
  return (
    <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="M13 13l5 5M6 8.5h5" />
      {plus ? <path d="M8.5 6v5" /> : null}
    </svg>
  );
}

export function BoardViewControls({ view, zoom }: BoardViewControlsProps) {
  const fitting = view.zoom === 'fit';
  return (
    <div className="board-view-controls" role="group" aria-label="Board view" data-testid="board-view-controls">
      <Button
        size="sm"
        variant="ghost"
        aria-label="Zoom out"
        title="Zoom out"
        disabled={zoom <= ZOOM_MIN + 1e-6}
        onClick={() => view.setZoom(stepZoom(zoom, -1))}
        data-testid="zoom-out"
      >
        <MagnifierIcon plus={false} />
      </Button>
      <output className="board-zoom-level" aria-live="polite" aria-label="Zoom" data-testid="zoom-level">
        {zoomPercent(zoom)}
      </output>
      <Button
        size="sm"
        variant="ghost"
        aria-label="Zoom in"
        title="Zoom in"
        disabled={zoom >= ZOOM_MAX - 1e-6}
        onClick={() => view.setZoom(stepZoom(zoom, 1))}
        data-testid="zoom-in"
      >
        <MagnifierIcon plus />
      </Button>
      <Button
        size="sm"
        variant={fitting ? 'primary' : 'secondary'}
        aria-pressed={fitting}
        title="Show every stage and channel at the largest readable size; the palette folds away until you zoom again"
        onClick={() => view.setZoom(fitting ? zoom : 'fit')}
        data-testid="zoom-fit"
      >
        Fit to screen
      </Button>
      <Button
        size="sm"
        variant="ghost"
        title="Back to 100 %"
        disabled={!fitting && Math.abs(zoom - ZOOM_DEFAULT) < 1e-6}
        onClick={() => view.setZoom(ZOOM_DEFAULT)}
        data-testid="zoom-reset"
      >
        Actual size
      </Button>
      <Button
        size="sm"
        variant={view.highContrast ? 'primary' : 'secondary'}
        aria-pressed={view.highContrast}
        title="Black and white with thick borders, for a faint projector or a bright room"
        onClick={() => view.setContrast(view.highContrast ? 'normal' : 'high')}
        data-testid="high-contrast"
      >
        High contrast
      </Button>
    </div>
  );
}
