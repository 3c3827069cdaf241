/**
 * Runs work the person is not waiting for when the page has nothing else to
 * do. Safari (every iPhone in the room) has no requestIdleCallback, so a
 * short timer stands in for it there.
 */
export function whenIdle(work: () => void): void {
  if (typeof window.requestIdleCallback === 'function') {
    // The timeout keeps a page that is never idle (a long drag, a busy board) from waiting for ever.
    window.requestIdleCallback(() => work(), { timeout: 2000 });
  } else {
    window.setTimeout(work, 50);
  }
}
