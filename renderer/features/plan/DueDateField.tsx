/**
 * An action's due date. A full date is saved as soon as it is picked; a
 * cleared field is saved when the person leaves it (the browser reports an
 * empty value while a date is half typed). A date already past is allowed,
 * with a warning beside it.
 */
import { useId, useState } from 'react';
import { isPastDue } from './plan-logic';

interface DueDateFieldProps {
  readonly value: string;
  readonly today: string;
  /** Resolves with the refusal, or null when saved. */
  readonly onCommit: (dueDate: string) => Promise<string | null>;
}

export function DueDateField({ value, today, onCommit }: DueDateFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const shown = draft ?? value;

  async function commit(next: string) {
    if (next === value) {
      setDraft(null);
      return;
    }
    const message = await onCommit(next);
    setRefusal(message);
    if (!message) setDraft(null);
  }

  return (
    <div className="plan-field">
      <label className="field-label" htmlFor={id}>
        Due date
      </label>
      <input
        id={id}
        type="date"
        className="field-input"
        value={shown}
        aria-invalid={refusal ? true : undefined}
        aria-describedby={refusal || isPastDue(shown, today) ? `${id}-note` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          if (e.target.value !== '') void commit(e.target.value);
        }}
        onBlur={() => {
          if (draft !== null) void commit(draft);
        }}
      />
      {refusal ? (
        <span id={`${id}-note`} className="field-error" role="alert">
          {refusal}
        </span>
      ) : isPastDue(shown, today) ? (
        <span id={`${id}-note`} className="plan-warning">
          This date has already passed.
        </span>
      ) : null}
    </div>
  );
}
