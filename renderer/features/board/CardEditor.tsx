/**
 * Editing one touchpoint: title, description, whether it is a moment of
 * truth, and the customer's feeling. Save sends one update with only what
 * changed; Delete removes the card (Undo brings it back).
 */
import { useState, type FormEvent } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Touchpoint } from '../../../shared/model';
import { Button, Dialog, longTextProblem, nameProblem, TextArea, TextField } from '../../ui';
import { FeelingFace, TruthStar } from './CardFace';
import { FEELINGS } from './feeling';

export interface CardEditorProps {
  readonly touchpoint: Touchpoint;
  /** Where the card sits, e.g. "Buy, Web". */
  readonly place: string;
  readonly onSave: (command: Extract<ClientCommand, { type: 'touchpoint/update' }>) => Promise<string | null>;
  readonly onDelete: () => Promise<void>;
  readonly onClose: () => void;
}

export function CardEditor({ touchpoint, place, onSave, onDelete, onClose }: CardEditorProps) {
  const [title, setTitle] = useState(touchpoint.title);
  const [description, setDescription] = useState(touchpoint.description);
  const [momentOfTruth, setMomentOfTruth] = useState(touchpoint.momentOfTruth);
  const [feeling, setFeeling] = useState(touchpoint.feeling);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const descriptionError = longTextProblem(description);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const problem = nameProblem(title);
    if (problem) {
      setTitleError(problem);
      return;
    }
    if (descriptionError) return;
    const command: Extract<ClientCommand, { type: 'touchpoint/update' }> = {
      type: 'touchpoint/update',
      touchpointId: touchpoint.id,
      ...(title.trim() !== touchpoint.title ? { title: title.trim() } : {}),
      ...(description !== touchpoint.description ? { description } : {}),
      ...(momentOfTruth !== touchpoint.momentOfTruth ? { momentOfTruth } : {}),
      ...(feeling !== touchpoint.feeling ? { feeling } : {}),
    };
    if (Object.keys(command).length === 2) {
      onClose();
      return;
    }
    setBusy(true);
    const refusal = await onSave(command);
    setBusy(false);
    if (refusal) setFormError(refusal);
    else onClose();
  }

  return (
    <Dialog title="Edit touchpoint" onClose={onClose} className="card-editor" data-testid="card-editor">
      <form onSubmit={(event) => void save(event)} noValidate className="card-editor-form">
        <p className="muted card-editor-place">In {place}</p>
        <TextField
          label="Title"
          value={title}
          error={titleError}
          autoFocus
          onChange={(event) => {
            setTitle(event.target.value);
            setTitleError(null);
          }}
          data-testid="card-title"
        />
        <TextArea
          label="Description"
          hint="What happens here, from the customer's side."
          value={description}
          rows={3}
          error={descriptionError}
          onChange={(event) => setDescription(event.target.value)}
        />
        <label className="truth-toggle">
          <input type="checkbox" checked={momentOfTruth} onChange={(event) => setMomentOfTruth(event.target.checked)} />
          <TruthStar size={20} />
          <span>
            <strong>Moment of truth</strong>
            <span className="muted"> — this moment decides whether the customer stays or leaves</span>
          </span>
        </label>
        <fieldset className="feeling-choice">
          <legend>How does the customer feel here?</legend>
          <div className="feeling-options">
            {FEELINGS.map((look) => (
              <label key={look.value} className="feeling-option">
                <input
                  type="radio"
                  name="feeling"
                  value={look.value}
                  checked={feeling === look.value}
                  onChange={() => setFeeling(look.value)}
                />
                <FeelingFace feeling={look.value} size={28} />
                <span>{look.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {formError ? (
          <p className="field-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="dialog-actions card-editor-actions">
          <Button variant="ghost" className="danger-text card-editor-delete" onClick={() => void onDelete()} disabled={busy}>
            Delete card
          </Button>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={busy} data-testid="card-save">
            Save
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
