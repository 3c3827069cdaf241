/**
 * The board's view settings on this device (zoom, contrast, emotion curve),
 * remembered in localStorage, and whether high contrast is on — chosen here,
 * or asked for by the system (`prefers-contrast: more`).
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import {
  readViewSettings,
  writeViewSettings,
  type BoardViewSettings,
  type ContrastChoice,
  type ZoomMode,
} from './board-view-settings';

const MORE_CONTRAST = '(prefers-contrast: more)';

function subscribeToContrast(onChange: () => void): () => void {
  const query = window.matchMedia(MORE_CONTRAST);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function systemWantsContrast(): boolean {
  return window.matchMedia(MORE_CONTRAST).matches;
}

export interface BoardView extends BoardViewSettings {
  /** Whether the board is drawn in high contrast now. */
  readonly highContrast: boolean;
  setZoom(zoom: ZoomMode): void;
  setContrast(choice: ContrastChoice): void;
  setCurveOpen(open: boolean): void;
}

export function useBoardView(): BoardView {
  const [settings, setSettings] = useState<BoardViewSettings>(() => readViewSettings(window.localStorage));
  const systemContrast = useSyncExternalStore(subscribeToContrast, systemWantsContrast);

  useEffect(() => {
    writeViewSettings(window.localStorage, settings);
  }, [settings]);

  const setZoom = useCallback((zoom: ZoomMode) => setSettings((s) => ({ ...s, zoom })), []);
  const setContrast = useCallback((contrast: ContrastChoice) => setSettings((s) => ({ ...s, contrast })), []);
  const setCurveOpen = useCallback((curveOpen: boolean) => setSettings((s) => ({ ...s, curveOpen })), []);

  const highContrast = settings.contrast === 'auto' ? systemContrast : settings.contrast === 'high';
  return { ...settings, highContrast, setZoom, setContrast, setCurveOpen };
}
