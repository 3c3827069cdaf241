/**
 * Asks the browser to confirm before the page is left (closed, reloaded,
 * navigated away) while `active`: a half-filled ballot would be dropped, or a
 * sealed ballot left for the next person to find. The browser shows its own
 * question; pages may no longer choose its words.
 */
import { useEffect } from 'react';

export function useLeaveGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    function onBeforeUnload(event: BeforeUnloadEvent): void {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);
}
