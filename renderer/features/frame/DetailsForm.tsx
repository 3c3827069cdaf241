/**
 * The workshop's framing: its title, who runs it, who the customer is and
 * what is in scope. Each field saves when the person leaves it or presses
 * Enter, through one workshop/update.
 */
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
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
