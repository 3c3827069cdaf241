/**
 * A text field that saves itself: the change is sent when the person leaves
 * the field or presses Enter (Ctrl+Enter in a multi-line field), Escape puts
 * the saved text back. A refusal or a local rule shows inline under the
 * field and keeps what they typed so they can correct it.
 */
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { TextArea, TextField } from './TextField';

export interface CommitFieldProps {
  readonly label: ReactNode;
  /** The saved value, from the workshop. */
  readonly value: string;
  /** Saves the new text; resolves with a message when it was refused, null when saved. */
  readonly onCommit: (value: string) => Promise<string | null>;
  /** A rule checked before sending; returns the message to show, or null. */
  readonly validate?: (value: string) => string | null;
  readonly multiline?: boolean;
  readonly hideLabel?: boolean;
  readonly hint?: ReactNode;
  readonly placeholder?: string;
  readonly className?: string;
  readonly rows?: number;
  readonly 'data-testid'?: string;
}

export function CommitField(props: CommitFieldProps) {
  const { value, onCommit, validate, multiline } = props;
  // null while the person is not changing anything: the field then shows the saved value.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // When the saved value comes to equal what was typed (a change the disk refused, saved later by
  // Retry), the draft and its message are done with: keeping them would show a stale refusal.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (draft === value && !busy) {
      setDraft(null);
      setError(null);
    }
  }

  async function commit(): Promise<void> {
    if (draft === null || busy) return;
    if (draft === value) {
      setDraft(null);
      setError(null);
      return;
    }
    const problem = validate?.(draft) ?? null;
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    const refusal = await onCommit(draft);
    setBusy(false);
    if (refusal) {
      setError(refusal);
      return;
    }
    setDraft(null);
    setError(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void {
    if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      setDraft(null);
      setError(null);
      return;
    }
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void commit();
    }
  }

  const shared = {
    label: props.label,
    hideLabel: props.hideLabel,
    hint: props.hint,
    error,
    className: props.className,
    placeholder: props.placeholder,
    value: draft ?? value,
    onBlur: () => void commit(),
    onKeyDown,
    'data-testid': props['data-testid'],
  };
  return multiline ? (
    <TextArea {...shared} rows={props.rows ?? 3} onChange={(e) => setDraft(e.target.value)} />
  ) : (
    <TextField {...shared} onChange={(e) => setDraft(e.target.value)} />
  );
}
