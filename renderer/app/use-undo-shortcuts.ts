/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo — except while the
 * person is typing in a field (there the keys undo their typing) or a dialog
 * is open.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset'].includes(target.type);
  }
  return false;
}

export function useUndoShortcuts(actions: {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
}): void {
  // The latest state is read through a ref that is updated as soon as React
  // commits, so a shortcut pressed right after an undo sees the new canRedo
  // rather than the one from the render before.
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      const wantsRedo = (key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.shiftKey);
      const wantsUndo = key === 'z' && !event.shiftKey;
      const { canUndo, canRedo, undo, redo } = latest.current;
      if (wantsUndo) {
        event.preventDefault();
        if (canUndo) undo();
      } else if (wantsRedo) {
        event.preventDefault();
        if (canRedo) redo();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
