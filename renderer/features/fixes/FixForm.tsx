/**
 * Adds a fix, or edits one: a title, what would change, the touchpoints it
 * is about, the pillars it would lift, a rough impact and effort, and the
 * team that proposes it. Problems
 * with the title show under it as the person types; a refusal from the host
 * shows beside the button.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Fix, Id, Workshop } from '../../../shared/model';
import { Button, TextArea, TextField } from '../../ui';
import type { DispatchOutcome } from '../common/screen-props';
import type { Seat } from '../common/seat';
import { proposerTeams } from './fix-controls';
import type { ClientCommand } from '../../../shared/commands';
import {
  addCommand,
  draftAfterAdd,
  draftFromFix,
  EFFORT_WORDS,
  emptyDraft,
  hasErrors,
  IMPACT_WORDS,
  updateCommand,
  validateFixDraft,
  withExistingLinks,
  withLink,
  withoutLink,
  withPillar,
  type FixDraft,
} from './fix-form';
import { LevelPicker } from './LevelPicker';
import { TouchpointLinks } from './TouchpointLinks';

interface FixFormProps {
  readonly workshop: Workshop;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
  /** The fix being edited; absent when adding a new one. */
  readonly editing?: Fix;
  readonly defaultTeamId: Id;
  /** A new fix's starting point, e.g. from a pain point; a blank form when absent. */
  readonly seed?: FixDraft;
  /** Who uses the page: a team's page proposes and edits in its own name only. */
  readonly seat?: Seat;
  /** Called after a save or a cancel, with a sentence to announce (or null). */
  readonly onDone: (announcement: string | null) => void;
}

export function FixForm({ workshop, dispatch, editing, defaultTeamId, seed, seat, onDone }: FixFormProps) {
  const [draft, setDraft] = useState<FixDraft>(() => (editing ? draftFromFix(editing) : (seed ?? emptyDraft(defaultTeamId))));
  /** A touchpoint chosen in the picker but not linked yet; saving links it too, as the person chose it. */
  const [linkChoice, setLinkChoice] = useState<Id | ''>('');
  const [submitted, setSubmitted] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const teamSelectId = useId();
  const pillars = workshop.framework.pillars;
  const pillarOrder = pillars.map((p) => p.id);
  const teams = proposerTeams(seat, workshop, editing);
  /** A team's page names only itself: shown as text, with nothing to choose. */
  const onlyTeam = seat?.kind === 'team' && teams.length === 1 ? teams[0] : undefined;

  const errors = validateFixDraft(draft);
  // An empty title is only pointed out after a first try; an overlong one at once.
  const titleError = submitted || draft.title.trim().length > 0 ? errors.title : undefined;

  function update(next: FixDraft) {
    setDraft(next);
    setRefusal(null);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (hasErrors(errors)) {
      document.getElementById(titleId)?.focus();
      return;
    }
    const linked = withExistingLinks(linkChoice === '' ? draft : withLink(draft, linkChoice), workshop);
    // A team's page saves in its own name, whatever the draft started from.
    const toSave = onlyTeam ? { ...linked, teamId: onlyTeam.id } : linked;
    setBusy(true);
    const outcome = await dispatch(editing ? updateCommand(editing, toSave) : addCommand(toSave));
    setBusy(false);
    if (!outcome.ok) {
      setRefusal(outcome.message);
      return;
    }
    const title = draft.title.trim();
    if (editing) {
      onDone(`Saved the fix “${title}”.`);
      return;
    }
    setDraft(draftAfterAdd(toSave));
    setLinkChoice('');
    setSubmitted(false);
    document.getElementById(titleId)?.focus();
    onDone(`Added the fix “${title}”.`);
  }

  return (
    <form className="fix-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="fix-form-heading">
      <h3 id="fix-form-heading" className="fix-form-heading">
        {editing ? 'Edit the fix' : 'Propose a fix'}
      </h3>
      <TextField
        id={titleId}
        label="Title"
        value={draft.title}
        error={titleError}
        placeholder="e.g. Show delivery costs before checkout"
        onChange={(e) => update({ ...draft, title: e.target.value })}
        data-testid="fix-title"
      />
      <TextArea
        label="What would change (optional)"
        rows={2}
        value={draft.description}
        error={errors.description}
        onChange={(e) => update({ ...draft, description: e.target.value })}
      />
      <TouchpointLinks
        workshop={workshop}
        linked={draft.touchpointIds}
        choice={linkChoice}
        onChoose={setLinkChoice}
        onLink={(id) => {
          update(withLink(draft, id));
          setLinkChoice('');
        }}
        onUnlink={(id) => update(withoutLink(draft, id))}
      />
      <fieldset className="fix-pillars">
        <legend className="fix-label">Pillars it would lift</legend>
        <div className="fix-pillar-options">
          {pillars.map((pillar) => (
            <label key={pillar.id} className="fix-check" title={pillar.summary}>
              <input
                type="checkbox"
                checked={draft.pillarIds.includes(pillar.id)}
                onChange={(e) => update(withPillar(draft, pillar.id, e.target.checked, pillarOrder))}
              />
              {pillar.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="fix-levels">
        <LevelPicker legend="Impact" words={IMPACT_WORDS} value={draft.impact} onChange={(impact) => update({ ...draft, impact })} />
        <LevelPicker legend="Effort" words={EFFORT_WORDS} value={draft.effort} onChange={(effort) => update({ ...draft, effort })} />
      </div>
      <div className="fix-form-actions">
        {onlyTeam ? (
          <div className="fix-field fix-team-field" data-testid="fix-proposer">
            <span className="fix-label">Proposed by</span>
            <span className="fix-team-fixed">
              <span className="fix-team-dot" style={{ background: onlyTeam.color }} aria-hidden="true" />
              {onlyTeam.name}
            </span>
          </div>
        ) : (
          <div className="fix-field fix-team-field">
            <label className="fix-label" htmlFor={teamSelectId}>
              Proposed by
            </label>
            <select
              id={teamSelectId}
              className="select"
              value={draft.teamId}
              onChange={(e) => update({ ...draft, teamId: e.target.value })}
            >
              {/* A fix whose team has left keeps saying so until another team is chosen. */}
              {!workshop.teams.some((t) => t.id === draft.teamId) && <option value={draft.teamId}>a team that has left</option>}
              {workshop.teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <Button type="submit" variant="primary" disabled={busy}>
          {editing ? 'Save changes' : 'Add fix'}
        </Button>
        {editing && (
          <Button onClick={() => onDone(null)} disabled={busy}>
            Cancel
          </Button>
        )}
      </div>
      {refusal && (
        <p className="fix-refusal" role="alert">
          {refusal}
        </p>
      )}
    </form>
  );
}
