/**
 * The address's hash as React state. Where the page is (the library, one
 * workshop, the join screen) lives there, so a reload or the browser's Back
 * button lands where the person expects.
 */
import { useSyncExternalStore } from 'react';

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribeToHash, () => window.location.hash);
}

/** Puts the page at `hash` without a new entry in the history, so Back does not return to where it was sent from. */
export function replaceHash(hash: string): void {
  if (window.location.hash === hash) return;
  window.history.replaceState(window.history.state, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
