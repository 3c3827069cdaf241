/**
 * An action's due date. A full date is saved as soon as it is picked; a
 * cleared field is saved when the person leaves it (the browser reports an
 * empty value while a date is half typed). A date already past is allowed,
 * with a warning beside it. The browser's date picker writes the date its
 * own way (mm/dd/yyyy on an American browser), so the date is also written
 * out under it as the workshop writes dates, which is how the plan and the
 * PDF will show it.
 */
import { useId, useState } from 'react';
import { formatDay } from '../../../shared/present/dates';
import { useWorkshopSelector } from '../../store/use-live-workshop';
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
  const locale = useWorkshopSelector((w) => w.locale);
  // Only a whole date is written out; one half typed is not a date yet.
  const writtenOut = /^\d{4}-\d{2}-\d{2}$/.test(shown) ? formatDay(shown, locale, 'long') : '';
  const notes = [writtenOut === '' ? null : `${id}-written`, refusal || isPastDue(shown, today) ? `${id}-note` : null].filter((n) => n !== null);

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
        aria-describedby={notes.length > 0 ? notes.join(' ') : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          if (e.target.value !== '') void commit(e.target.value);
        }}
        onBlur={() => {
          if (draft !== null) void commit(draft);
        }}
      />
      {writtenOut === '' ? null : (
        <span id={`${id}-written`} className="field-hint" data-testid="due-date-written">
          {writtenOut}
        </span>
      )}
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
