/**
 * Editing one touchpoint: title, description, notes and evidence, the team
 * it belongs to, whether it is a moment of truth, and the customer's feeling
 * (−2…+2). Save sends one update with only what changed; Duplicate saves
 * what is shown and then copies the card; Delete removes it (the board then
 * offers Undo).
 */
import { useState, type FormEvent } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Team, Touchpoint } from '../../../shared/model';
import { Button, Dialog, longTextProblem, nameProblem, TextArea, TextField } from '../../ui';
import { FeelingFace, TruthStar } from './CardFace';
import { FEELINGS } from '../../../shared/present/feelings';
import './card-editor.css';

export type TouchpointUpdate = Extract<ClientCommand, { type: 'touchpoint/update' }>;

export interface CardEditorProps {
  readonly touchpoint: Touchpoint;
  /** Where the card sits, e.g. "Buy, Web". */
  readonly place: string;
  /** Every team, so the card can be handed to another one. */
  readonly teams: readonly Team[];
  readonly onSave: (command: TouchpointUpdate) => Promise<string | null>;
  /** Copies the card as saved; resolves with the refusal, or null. */
  readonly onDuplicate: () => Promise<string | null>;
  readonly onDelete: () => Promise<void>;
  readonly onClose: () => void;
}

interface Draft {
  readonly title: string;
  readonly description: string;
  readonly notes: string;
  readonly teamId: string;
  readonly momentOfTruth: boolean;
  readonly feeling: number;
}

/** The update that turns the card into the draft: only the fields that differ. */
export function changesOf(card: Touchpoint, draft: Draft): TouchpointUpdate | null {
  const title = draft.title.trim();
  const command: TouchpointUpdate = {
    type: 'touchpoint/update',
    touchpointId: card.id,
    ...(title !== card.title ? { title } : {}),
    ...(draft.description !== card.description ? { description: draft.description } : {}),
    ...(draft.notes !== card.notes ? { notes: draft.notes } : {}),
    ...(draft.teamId !== card.teamId ? { teamId: draft.teamId } : {}),
    ...(draft.momentOfTruth !== card.momentOfTruth ? { momentOfTruth: draft.momentOfTruth } : {}),
    ...(draft.feeling !== card.feeling ? { feeling: draft.feeling } : {}),
  };
  return Object.keys(command).length === 2 ? null : command;
}

export function CardEditor({ touchpoint, place, teams, onSave, onDuplicate, onDelete, onClose }: CardEditorProps) {
  const [draft, setDraft] = useState<Draft>({
    title: touchpoint.title,
    description: touchpoint.description,
    notes: touchpoint.notes,
    teamId: touchpoint.teamId,
    momentOfTruth: touchpoint.momentOfTruth,
    feeling: touchpoint.feeling,
  });
  const [titleError, setTitleError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const descriptionError = longTextProblem(draft.description);
  const notesError = longTextProblem(draft.notes);

  const change = (fields: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...fields }));
    setFormError(null);
  };

  /** Sends what changed; false when something stops the save (shown beside the field). */
  async function saveChanges(): Promise<boolean> {
    const problem = nameProblem(draft.title);
    if (problem) {
      setTitleError(problem);
      return false;
    }
    if (descriptionError || notesError) return false;
    const command = changesOf(touchpoint, draft);
    if (!command) return true;
    setBusy(true);
    const refusal = await onSave(command);
    setBusy(false);
    if (refusal) setFormError(refusal);
    return refusal === null;
  }

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (await saveChanges()) onClose();
  }

  async function duplicate(): Promise<void> {
    if (!(await saveChanges())) return;
    setBusy(true);
    const refusal = await onDuplicate();
    setBusy(false);
    if (refusal) setFormError(refusal);
  }

  const owner = teams.find((team) => team.id === draft.teamId);

  return (
    <Dialog title="Edit touchpoint" onClose={onClose} className="card-editor" data-testid="card-editor">
      <form onSubmit={(event) => void save(event)} noValidate className="card-editor-form">
        <p className="muted card-editor-place">In {place}</p>
        <TextField
          label="Title"
          value={draft.title}
          error={titleError}
          autoFocus
          onChange={(event) => {
            change({ title: event.target.value });
            setTitleError(null);
          }}
          data-testid="card-title"
        />
        <div className="card-editor-texts">
          <TextArea
            label="Description"
            hint="What happens here, from the customer's side."
            value={draft.description}
            rows={3}
            error={descriptionError}
            onChange={(event) => change({ description: event.target.value })}
          />
          <TextArea
            label="Notes and evidence"
            hint="What customers said, figures, complaints."
            value={draft.notes}
            rows={3}
            error={notesError}
            onChange={(event) => change({ notes: event.target.value })}
            data-testid="card-notes"
          />
        </div>
        <div className="card-editor-row">
          <label className="card-editor-team">
            <span className="field-label">Team</span>
            <span className="card-editor-team-select">
              <span className="card-editor-swatch" style={{ background: owner?.color }} aria-hidden="true" />
              <select
                className="select"
                value={draft.teamId}
                onChange={(event) => change({ teamId: event.target.value })}
                data-testid="card-team"
              >
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </select>
            </span>
          </label>
          <label className="truth-toggle">
            <input
              type="checkbox"
              checked={draft.momentOfTruth}
              onChange={(event) => change({ momentOfTruth: event.target.checked })}
            />
            <TruthStar size={20} />
            <span>
              <strong>Moment of truth</strong>
              <span className="muted"> — decides whether the customer stays or leaves</span>
            </span>
          </label>
        </div>
        {draft.teamId !== touchpoint.teamId ? (
          <p className="card-editor-handover" role="status">
            On Save the card moves to {owner?.name ?? 'that team'}&rsquo;s board, at the end of their cards in {place}.
            Ratings already given stay with the teams that gave them.
          </p>
        ) : null}
        <fieldset className="feeling-choice">
          <legend>How does the customer feel here? From −2 (very unhappy) to +2 (delighted)</legend>
          <div className="feeling-options">
            {FEELINGS.map((look) => (
              <label key={look.value} className="feeling-option">
                <input
                  type="radio"
                  name="feeling"
                  value={look.value}
                  checked={draft.feeling === look.value}
                  onChange={() => change({ feeling: look.value })}
                  aria-label={`${look.sign} ${look.label}`}
                />
                <FeelingFace feeling={look.value} size={28} />
                <span className="feeling-sign" style={{ color: look.colour }}>
                  {look.sign}
                </span>
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
          <Button onClick={() => void duplicate()} disabled={busy} data-testid="card-duplicate">
            Duplicate
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
