/**
 * Starting a new workshop: a title and a template (a blank journey with the
 * usual stages and channels, or a filled-in sample to learn from).
 */
import { useId, useState, type FormEvent } from 'react';
import { WORKSHOP_TEMPLATES } from '../../../shared/wire';
import { describeError } from '../../api/client';
import { useClient } from '../../app/client-context';
import { Button, nameProblem, TextField } from '../../ui';

type Template = (typeof WORKSHOP_TEMPLATES)[number];

const TEMPLATE_TEXT: Record<Template, { label: string; detail: string }> = {
  blank: {
    label: 'Blank',
    detail: 'The usual stages and channels, one team, no touchpoints yet.',
  },
  sample: {
    label: 'Sample workshop',
    detail: 'A worked example with touchpoints, ratings, fixes and votes.',
  },
};

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
        {WORKSHOP_TEMPLATES.map((value) => (
          <label key={value} className="template-option">
            <input
              type="radio"
              name={groupName}
              value={value}
              checked={template === value}
              onChange={() => setTemplate(value)}
            />
            <span>
              <strong>{TEMPLATE_TEXT[value].label}</strong>
              <span className="template-detail">{TEMPLATE_TEXT[value].detail}</span>
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
