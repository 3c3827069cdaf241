/**
 * Starting a new workshop: a title and what to start from — a blank journey
 * with the usual stages and channels, a journey template for a setting
 * (retail, banking, …) with example touchpoints, or the filled-in sample to
 * learn from. The choice is a group of radio cards, so arrow keys move
 * through it and each option says in one line what it gives.
 */
import { useId, useState, type FormEvent } from 'react';
import { JOURNEY_TEMPLATES } from '../../../shared/templates';
import type { WORKSHOP_TEMPLATES } from '../../../shared/wire';
import { describeError } from '../../api/client';
import { useClient } from '../../api/client-context';
import { Button, nameProblem, TextField } from '../../ui';

type Template = (typeof WORKSHOP_TEMPLATES)[number];

interface TemplateOption {
  readonly id: Template;
  readonly name: string;
  readonly description: string;
}

/** Blank first (the default), then the settings, then the sample to learn from. */
const OPTIONS: readonly TemplateOption[] = [
  ...JOURNEY_TEMPLATES,
  { id: 'sample', name: 'Sample workshop', description: 'A worked example, rated and voted on.' },
];

export function CreateWorkshopForm({ onCreated }: { onCreated: (id: string) => void }) {
  const client = useClient();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<Template>('blank');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const groupName = useId();

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const problem = nameProblem(title);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      const created = await client.request('library/create', { title: title.trim(), template });
      onCreated(created.id);
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  }

  return (
    <form className="create-form" onSubmit={(event) => void submit(event)} aria-label="New workshop" noValidate>
      <h2>New workshop</h2>
      <TextField
        label="Title"
        placeholder="e.g. Home insurance renewal"
        value={title}
        error={error}
        onChange={(event) => {
          setTitle(event.target.value);
          if (error) setError(null);
        }}
        data-testid="new-workshop-title"
      />
      <fieldset className="template-choice">
        <legend>Start from</legend>
        {OPTIONS.map((option) => (
          <label key={option.id} className="template-option" data-testid={`template-${option.id}`}>
            <input
              type="radio"
              name={groupName}
              value={option.id}
              checked={template === option.id}
              onChange={() => setTemplate(option.id)}
            />
            <span>
              <strong>{option.name}</strong>
              <span className="template-detail">{option.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" variant="primary" disabled={busy} data-testid="create-workshop">
        Create workshop
      </Button>
    </form>
  );
}
