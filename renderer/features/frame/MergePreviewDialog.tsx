/**
 * "Merge Team Blue's team file": what a team file brings into the workshop
 * before anything changes — what is new, changed and removed, counted by
 * kind and listable; what is already here; what is left out and why — and
 * one question per record changed in both places, its default chosen. Merge
 * sends one command (one step of Undo, with a restore point kept first).
 * The preview is planned again whenever the workshop changes while it is
 * open, so it always says what Merge would do now.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Workshop } from '../../../shared/model';
import { formatDate, formatTime } from '../../../shared/present/dates';
import { planTeamMerge, type MergeConflict, type MergePreview } from '../../../shared/team-files/merge';
import type { DispatchOutcome } from '../../store/live-workshop';
import type { ClientCommand } from '../../../shared/commands';
import { useWorkshop } from '../../store/use-live-workshop';
import { Button, Dialog } from '../../ui';
import {
  alreadyInSentence,
  capitalised,
  changeGroups,
  conflictVersions,
  mergeChangesSomething,
  mergedSentence,
  nothingToMerge,
  previewLead,
  type Outcome,
  type TeamFileData,
} from './team-files-words';
import './team-files.css';

export interface MergePreviewDialogProps {
  readonly file: TeamFileData;
  /** The name of the file picked, to tell it from another team's. */
  readonly fileName: string;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
  /** The file was merged (or there was nothing to merge): what to tell the person. */
  readonly onDone: (outcome: Outcome) => void;
  readonly onClose: () => void;
}

export function MergePreviewDialog({ file, fileName, dispatch, onDone, onClose }: MergePreviewDialogProps) {
  const workshop = useWorkshop();
  const planned = useMemo(() => planTeamMerge(workshop, file), [workshop, file]);
  const teamName = planned.ok ? planned.preview.teamName : file.teamName;
  return (
    <Dialog title={`Merge ${teamName}’s team file`} onClose={onClose} className="merge-dialog" data-testid="merge-dialog">
      {planned.ok ? (
        <MergeForm preview={planned.preview} workshop={workshop} file={file} fileName={fileName} dispatch={dispatch} onDone={onDone} onClose={onClose} />
      ) : (
        <Refused message={planned.message} onClose={onClose} />
      )}
    </Dialog>
  );
}

/** The workshop changed under the open preview so that the file no longer fits it (its team removed, say). */
function Refused({ message, onClose }: { message: string; onClose: () => void }) {
  // Opening the dialog focuses its first control: Close, the only one.
  return (
    <>
      <p className="merge-refusal" role="alert">
        {message}
      </p>
      <div className="dialog-actions merge-actions">
        <Button onClick={onClose}>Close</Button>
      </div>
    </>
  );
}

interface MergeFormProps extends Omit<MergePreviewDialogProps, 'onClose'> {
  readonly preview: MergePreview;
  readonly workshop: Workshop;
  readonly onClose: () => void;
}

function MergeForm({ preview, workshop, file, fileName, dispatch, onDone, onClose }: MergeFormProps) {
  // The person's answers by conflict id; a conflict not answered keeps the choice the merge proposes.
  const [picked, setPicked] = useState<Readonly<Record<string, string>>>({});
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const groups = changeGroups(preview);
  const nothing = nothingToMerge(preview);
  const already = alreadyInSentence(preview.alreadyIn);
  const choices = useMemo(
    () => Object.fromEntries(preview.conflicts.map((conflict) => [conflict.id, picked[conflict.id] ?? conflict.choice])),
    [preview, picked],
  );

  // Once the dialog has opened (its own focus goes to its first control): the first question's choice if there is one, else the button that ends it.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const here = form.current;
      const first = here?.querySelector<HTMLElement>('.merge-conflict input:checked') ?? here?.querySelector<HTMLElement>('[data-first-focus]');
      first?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  async function merge(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy || nothing) return;
    if (!mergeChangesSomething(preview, choices)) {
      onDone({ tone: 'neutral', text: `Nothing was merged from ${preview.teamName}’s team file: you kept this workshop’s version in every conflict.` });
      return;
    }
    setBusy(true);
    setRefusal(null);
    const outcome = await dispatch({ type: 'team-file/merge', file, choices });
    setBusy(false);
    if (outcome.ok) onDone({ tone: 'success', text: mergedSentence(preview, choices, file.teamName) });
    // The disk refused it: the banner under the top bar says so and offers Retry.
    else if (outcome.kept) onClose();
    else setRefusal(outcome.message);
  }

  return (
    <form ref={form} className="merge-form" onSubmit={(event) => void merge(event)} noValidate>
      <div className="merge-body" data-testid="merge-body">
        <p className="merge-lead" data-testid="merge-lead">
          {previewLead(preview)}
        </p>
        <p className="merge-source">
          {fileName} · exported {exportedWhen(file.exportedAt, workshop.locale)}
        </p>
        {groups.length > 0 ? (
          <section className="merge-section" aria-label="What the file brings">
            <ul className="merge-groups" data-testid="merge-summary">
              {groups.map((group) => (
                <li key={group.key} className="merge-group" data-testid={`merge-${group.key}`}>
                  <details>
                    <summary>
                      <span className={`merge-group-heading merge-group-${group.key}`}>{group.heading}</span>
                      <span className="merge-group-counts">{group.counts}</span>
                      <span className="merge-group-show" aria-hidden="true">
                        Show all
                      </span>
                    </summary>
                    {group.kinds.map((kind) => (
                      <div key={kind.collection} className="merge-kind">
                        <h4 className="merge-kind-heading">
                          {kind.heading} <span className="merge-count">({kind.items.length})</span>
                        </h4>
                        <ul className="merge-items">
                          {kind.items.map((item, i) => (
                            <li key={i}>{capitalised(item)}</li>
                          ))}
                        </ul>
                      </div>
                    ))}
                  </details>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {preview.conflicts.length > 0 ? (
          <section className="merge-section" aria-labelledby="merge-conflicts-heading">
            <h3 id="merge-conflicts-heading" className="merge-section-heading">
              Changed here and on the team’s laptop <span className="merge-count">({preview.conflicts.length})</span>
            </h3>
            {preview.conflicts.map((conflict) => (
              <ConflictChoice
                key={conflict.id}
                conflict={conflict}
                workshop={workshop}
                file={file}
                choice={choices[conflict.id] ?? conflict.choice}
                onChoose={(value) => setPicked((before) => ({ ...before, [conflict.id]: value }))}
                disabled={busy}
              />
            ))}
          </section>
        ) : null}
        {already || preview.notes.length > 0 ? (
          <ul className="merge-notes" data-testid="merge-notes">
            {already ? <li>{already}</li> : null}
            {preview.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {refusal ? (
        <p className="merge-refusal" role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="dialog-actions merge-actions">
        {nothing ? (
          <Button onClick={onClose} data-first-focus data-testid="merge-close">
            Close
          </Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={busy}>
              Cancel
            </Button>
            <Button
              type="submit"
              variant="primary"
              disabled={busy}
              data-first-focus
              data-testid="merge-confirm"
            >
              {busy ? 'Merging…' : 'Merge'}
            </Button>
          </>
        )}
      </div>
    </form>
  );
}

interface ConflictChoiceProps {
  readonly conflict: MergeConflict;
  readonly workshop: Workshop;
  readonly file: TeamFileData;
  readonly choice: string;
  readonly onChoose: (value: string) => void;
  readonly disabled: boolean;
}

/** One record changed in both places: what it is, what happened, both versions where they can be shown, and the choice. */
function ConflictChoice({ conflict, workshop, file, choice, onChoose, disabled }: ConflictChoiceProps) {
  const name = useId();
  const sentenceId = useId();
  const versions = useMemo(() => conflictVersions(conflict, workshop, file), [conflict, workshop, file]);
  return (
    <fieldset className="merge-conflict" aria-describedby={sentenceId} disabled={disabled} data-testid="merge-conflict">
      <legend className="merge-conflict-what">{capitalised(conflict.what)}</legend>
      <p id={sentenceId} className="merge-conflict-sentence">
        {conflict.sentence}
      </p>
      {versions.length > 0 ? (
        <table className="merge-versions">
          <thead>
            <tr>
              <td />
              <th scope="col">In this workshop</th>
              <th scope="col">On the team’s laptop</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.here}</td>
                <td>{row.team}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="merge-options">
        {conflict.options.map((option) => {
          const checked = option.value === choice;
          return (
            <label key={option.value} className={`merge-option${checked ? ' merge-option-chosen' : ''}`}>
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={checked}
                onChange={() => onChoose(option.value)}
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** "3 Dec 2026, 14:20", as the workshop writes dates and times (en-US "Dec 3, 2026, 2:20 PM"), not the browser. */
function exportedWhen(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'at an unknown time';
  return `${formatDate(date, locale, 'short')}, ${formatTime(date, locale)}`;
}
