/**
 * A modal dialog on the browser's own <dialog>: it keeps focus inside,
 * Escape closes it, and focus returns where it was. Rendered only while open.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './ui.css';

export interface DialogProps {
  readonly title: ReactNode;
  /** Called when the person closes it (Escape, a Close button). */
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  /** 'alertdialog' for questions that need an answer before going on. */
  readonly role?: 'dialog' | 'alertdialog';
  readonly 'data-testid'?: string;
}

export function Dialog({ title, onClose, children, className, role, ...rest }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      // Put the person back where they were, if that place still exists.
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      data-testid={rest['data-testid']}
      onCancel={(event) => {
        // Escape: let React decide whether the dialog goes away.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
