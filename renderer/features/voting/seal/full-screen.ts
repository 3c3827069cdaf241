/**
 * Full screen for the sealed ballot, where the browser allows it: nothing
 * else on the laptop's screen catches a voter's eye. Escape leaves full
 * screen (the browser insists), which is harmless: the page stays sealed.
 */
export function enterFullScreen(): void {
  // Must be asked within the click that starts the ballot; a refusal (an iframe, a setting) just leaves the window as it is.
  if (document.fullscreenElement || !document.fullscreenEnabled) return;
  document.documentElement.requestFullscreen().catch(() => undefined);
}

export function leaveFullScreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}
