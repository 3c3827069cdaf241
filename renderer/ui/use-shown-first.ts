/**
 * A long list (150 fixes, 400 heatmap rows) shown a screenful first. When
 * the screen opens, only the first `first` items are drawn, so the screen is
 * on the glass at once; the rest follow in a background render (a React
 * transition, done in short slices between frames), below the fold where
 * nobody is looking yet. From then on every item is drawn as usual.
 *
 * Pair it with `content-visibility: auto` on the items, so the browser lays
 * out and paints only those near the window.
 */
import { startTransition, useEffect, useState } from 'react';

/** How many of `total` items to draw now. */
export function useShownFirst(total: number, first: number): number {
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (!all) startTransition(() => setAll(true));
  }, [all]);
  return all ? total : Math.min(total, first);
}
