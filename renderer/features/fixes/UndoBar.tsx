/**
 * A note at the foot of the screen after a delete, with an Undo button right
 * there. It goes away by itself after a while; Undo in the top bar still
 * works after that.
 */
import { useEffect } from 'react';
import { Button, CloseIcon } from '../../ui';

interface UndoBarProps {
  readonly message: string;
  readonly onUndo?: () => void;
  readonly onDismiss: () => void;
}

const SHOWN_MS = 10000;

export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [onDismiss]);
  return (
    <div className="fix-undo-bar" role="status" data-testid="undo-bar">
      <span>{message}</span>
      {onUndo && (
        <Button size="sm" variant="primary" onClick={onUndo}>
          Undo
        </Button>
      )}
      <button type="button" className="fix-undo-close" aria-label="Dismiss" onClick={onDismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
