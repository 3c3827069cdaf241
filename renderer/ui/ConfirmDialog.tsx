/**
 * Asks before something drastic, naming exactly what will happen ("Delete
 * 'Q3 onboarding'?"). Focus starts on the safe choice.
 */
import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  readonly title: ReactNode;
  /** What will happen, and whether Undo can bring it back. */
  readonly message: ReactNode;
  readonly confirmLabel: string;
  readonly cancelLabel?: string;
  /** Red confirm button for removals. */
  readonly danger?: boolean;
  /** May be async; the dialog waits for it, then the caller closes it. */
  readonly onConfirm: () => void | Promise<void>;
  readonly onCancel: () => void;
}

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel = 'Cancel',
  danger = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={title} onClose={onCancel} role="alertdialog" data-testid="confirm-dialog">
      <div className="dialog-body">{message}</div>
      <div className="dialog-actions">
        <Button onClick={onCancel} autoFocus disabled={busy}>
          {cancelLabel}
        </Button>
        <Button
          variant={danger ? 'danger' : 'primary'}
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void Promise.resolve(onConfirm()).finally(() => setBusy(false));
          }}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
