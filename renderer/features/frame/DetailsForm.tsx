/**
 * The workshop's framing: its title, who runs it, who the customer is,
 * what is in scope and how it writes dates. Each field saves when the person
 * leaves it or presses Enter (the date style when it is chosen), through one
 * workshop/update, so Undo takes each back.
 */
import { useId, useState } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { formatDay, WORKSHOP_LOCALES } from '../../../shared/present/dates';
import { CommitField, longTextProblem, nameProblem, shortTextProblem } from '../../ui';

type UpdateFields = Omit<Extract<ClientCommand, { type: 'workshop/update' }>, 'type'>;

export interface DetailsFormProps {
  readonly workshop: Workshop;
  /** Sends the update; resolves with the refusal message, or null when saved. */
  readonly update: (fields: UpdateFields) => Promise<string | null>;
}

export function DetailsForm({ workshop, update }: DetailsFormProps) {
  return (
    <section className="frame-section frame-details" aria-labelledby="frame-details-title">
      <h2 id="frame-details-title">The workshop</h2>
      <CommitField
        label="Title"
        value={workshop.title}
        validate={nameProblem}
        onCommit={(title) => update({ title: title.trim() })}
        data-testid="frame-title"
      />
      <CommitField
        label="Organisation"
        value={workshop.organisation}
        validate={shortTextProblem}
        placeholder="Whose customers are we looking at?"
        onCommit={(organisation) => update({ organisation: organisation.trim() })}
      />
      <CommitField
        label="Facilitator"
        value={workshop.facilitator}
        validate={shortTextProblem}
        onCommit={(facilitator) => update({ facilitator: facilitator.trim() })}
      />
      <LocaleField locale={workshop.locale} update={update} />
      <CommitField
        label="Customer"
        hint="The persona or segment whose journey this is. Ctrl+Enter saves."
        multiline
        rows={3}
        value={workshop.persona}
        validate={longTextProblem}
        placeholder="e.g. First-time buyers renewing their home insurance online"
        onCommit={(persona) => update({ persona })}
      />
      <CommitField
        label="Scope"
        hint="Which journey, and what is in or out."
        multiline
        rows={3}
        value={workshop.scope}
        validate={longTextProblem}
        onCommit={(scope) => update({ scope })}
      />
    </section>
  );
}

/** A day every locale writes differently, to show each choice by example. */
const EXAMPLE_DAY = '2026-12-31';

/** How the workshop writes dates, everywhere it shows one: on Plan, on the wall and in the PDF. */
function LocaleField({ locale, update }: { locale: string; update: DetailsFormProps['update'] }) {
  const id = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  // A file may name a locale the list does not offer; it stays choosable.
  const choices = WORKSHOP_LOCALES.some((c) => c.locale === locale) ? WORKSHOP_LOCALES : [{ locale, name: locale }, ...WORKSHOP_LOCALES];
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Dates written as
      </label>
      <span id={`${id}-hint`} className="field-hint">
        Due dates on Plan, on the wall and in the PDF follow this, whatever each laptop is set to.
      </span>
      <select
        id={id}
        className="select field-input"
        value={locale}
        aria-describedby={`${id}-hint${refusal ? ` ${id}-error` : ''}`}
        onChange={(event) => void update({ locale: event.target.value }).then(setRefusal)}
        data-testid="frame-locale"
      >
        {choices.map((choice) => (
          <option key={choice.locale} value={choice.locale}>
            {`${formatDay(EXAMPLE_DAY, choice.locale)} · ${choice.name}`}
          </option>
        ))}
      </select>
      {refusal ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {refusal}
        </span>
      ) : null}
    </div>
  );
}
