/**
 * The projector's high-contrast look, switched on the projector itself and
 * kept in this browser, so a washed-out projector stays readable after a
 * reload without anyone setting it again.
 */
import { useCallback, useState } from 'react';

const KEY = 'journey-room.projector.high-contrast';

function stored(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'on';
  } catch {
    // Storage refused (a locked-down browser): the look simply starts plain.
    return false;
  }
}

export function useHighContrast(): readonly [boolean, () => void] {
  const [on, setOn] = useState(stored);
  const toggle = useCallback(() => {
    setOn((was) => {
      const next = !was;
      try {
        window.localStorage.setItem(KEY, next ? 'on' : 'off');
      } catch {
        // Not kept, but still switched for now.
      }
      return next;
    });
  }, []);
  return [on, toggle] as const;
}
