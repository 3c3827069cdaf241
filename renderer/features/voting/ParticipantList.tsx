/**
 * Who votes: add people (name and team), remove them, and pick whose turn it
 * is at the laptop. Shows whether each person has voted, never on what.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Id, Participant, Workshop } from '../../../shared/model';
import { dotsSpent } from '../../../shared/selectors';
import { Button, ConfirmDialog, TextField, nameProblem } from '../../ui';
import type { DispatchOutcome } from '../screen-props';

interface ParticipantListProps {
  readonly workshop: Workshop;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
  readonly defaultTeamId: Id;
  readonly selectedId: Id | null;
  readonly onSelect: (participantId: Id | null) => void;
}

export function ParticipantList({ workshop, dispatch, defaultTeamId, selectedId, onSelect }: ParticipantListProps) {
  const [name, setName] = useState('');
  const [teamId, setTeamId] = useState(defaultTeamId);
  const [nameError, setNameError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const headingId = useId();
  const nameId = useId();
  const teamSelectId = useId();
  const teams = new Map(workshop.teams.map((t) => [t.id, t]));
  // The chosen team may have been removed meanwhile.
  const team = teams.has(teamId) ? teamId : (workshop.teams[0]?.id ?? '');

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    const problem = nameProblem(name);
    setNameError(problem);
    if (problem) {
      document.getElementById(nameId)?.focus();
      return;
    }
    const outcome = await dispatch({ type: 'participant/add', name: name.trim(), teamId: team });
    if (!outcome.ok) {
      setRefusal(outcome.message);
      return;
    }
    setRefusal(null);
    setName('');
    document.getElementById(nameId)?.focus();
  }

  async function remove(participant: Participant) {
    const outcome = await dispatch({ type: 'participant/remove', participantId: participant.id });
    setRemoving(null);
    setRefusal(outcome.ok ? null : outcome.message);
    if (outcome.ok && selectedId === participant.id) onSelect(null);
  }

  return (
    <section className="vote-panel vote-people" aria-labelledby={headingId}>
      <h3 id={headingId} className="vote-panel-heading">
        People voting <span className="vote-muted">({workshop.participants.length})</span>
      </h3>
      {workshop.participants.length === 0 ? (
        <p className="vote-muted">Add everyone who will vote. Each gets {workshop.voting.budget} dots.</p>
      ) : (
        <ul className="vote-people-list">
          {workshop.participants.map((p) => {
            const owner = teams.get(p.teamId);
            const spent = dotsSpent(workshop, p.id);
            const isSelected = p.id === selectedId;
            return (
              <li key={p.id} className={`vote-person${isSelected ? ' vote-person-selected' : ''}`}>
                <button
                  type="button"
                  className="vote-person-pick"
                  aria-pressed={isSelected}
                  onClick={() => onSelect(isSelected ? null : p.id)}
                  data-testid="participant"
                >
                  {owner && <span className="vote-team-dot" style={{ background: owner.color }} aria-hidden="true" />}
                  <span className="vote-person-name">{p.name}</span>
                  <span className="vote-person-dots">
                    {spent > 0 ? `${spent} of ${workshop.voting.budget}` : 'not voted'}
                    <span className="visually-hidden"> dots used</span>
                  </span>
                  <span className="vote-person-meta">{owner?.name ?? ''}</span>
                </button>
                <Button
                  size="sm"
                  variant="ghost"
                  className="vote-person-remove"
                  aria-label={`Remove ${p.name}`}
                  title={`Remove ${p.name}`}
                  onClick={() => (spent > 0 ? setRemoving(p) : void remove(p))}
                >
                  ✕
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="vote-add-person" onSubmit={(e) => void onAdd(e)} noValidate>
        <TextField
          id={nameId}
          label="Name"
          value={name}
          error={nameError}
          onChange={(e) => {
            setName(e.target.value);
            setNameError(null);
            setRefusal(null);
          }}
        />
        <div className="vote-field">
          <label className="field-label" htmlFor={teamSelectId}>
            Team
          </label>
          <select id={teamSelectId} className="select" value={team} onChange={(e) => setTeamId(e.target.value)}>
            {workshop.teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Add person</Button>
      </form>
      {refusal && (
        <p className="vote-refusal" role="alert">
          {refusal}
        </p>
      )}
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          message={<p>Their dots are taken back too. You can bring them back with Undo.</p>}
          confirmLabel="Remove"
          danger
          onConfirm={() => remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
