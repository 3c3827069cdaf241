/**
 * "Who is next?": big name buttons for everyone who has not voted in this
 * round, a type-ahead to find one name among forty, and a way to add a
 * person who turned up late. Shows who has voted as a number, never what.
 * On a sealed page (seal/SealedBallot.tsx) the list only opens ballots:
 * nobody is added or taken off while the laptop goes round.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Id, Participant, Workshop } from '../../../shared/model';
import { resultsVisible } from '../../../shared/selectors';
import { Button, ConfirmDialog, nameProblem, TextField } from '../../ui';
import type { DispatchOutcome } from '../common/screen-props';
import { isTeamSeat, mayDispatch, type Seat } from '../common/seat';
import { nameFieldAfterAdd, stillToVote } from './voting-logic';
import './vote-panel.css';
import './next-voter.css';

interface NextVoterProps {
  readonly workshop: Workshop;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
  readonly defaultTeamId: Id;
  readonly onOpen: (participantId: Id) => void;
  /** Who uses this page: a team's page offers only its own people's ballots (shared/roles.ts). */
  readonly seat?: Seat;
  /** The laptop is going round sealed: voters only pick their name; the list is changed once the ballot ends. */
  readonly sealed?: boolean;
}

export function NextVoter({ workshop, dispatch, defaultTeamId, onOpen, seat, sealed = false }: NextVoterProps) {
  const [query, setQuery] = useState('');
  const [removing, setRemoving] = useState<Participant | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const searchId = useId();
  // Only the people whose ballot this page may cast: everyone on the facilitator's, its own on a team's.
  const mayCastFor = (p: Participant) =>
    mayDispatch(seat, workshop, { type: 'ballot/cast', participantId: p.id, dots: {} });
  const mayRemove = (p: Participant) => !sealed && mayDispatch(seat, workshop, { type: 'participant/remove', participantId: p.id });
  const waiting = stillToVote(workshop, query).filter(mayCastFor);
  const allWaiting = stillToVote(workshop, '').filter(mayCastFor);
  const voters = workshop.participants.filter(mayCastFor);
  const ownTeamName = isTeamSeat(seat) ? workshop.teams.find((t) => t.id === seat.teamId)?.name : undefined;
  const teams = new Map(workshop.teams.map((t) => [t.id, t]));

  return (
    <section className="vote-panel vote-next" aria-labelledby="next-voter-heading">
      <div className="vote-header">
        <h3 id="next-voter-heading" className="vote-panel-heading">
          Next voter
        </h3>
        {allWaiting.length > 0 && (
          <div className="vote-search">
            <label htmlFor={searchId} className="visually-hidden">
              Find your name
            </label>
            <input
              id={searchId}
              className="field-input"
              type="search"
              placeholder="Type your name…"
              value={query}
              autoComplete="off"
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                // Enter opens the ballot when the typing has narrowed it to one person.
                const only = waiting.length === 1 ? waiting[0] : undefined;
                if (e.key === 'Enter' && only) onOpen(only.id);
              }}
            />
          </div>
        )}
      </div>
      {voters.length === 0 ? (
        <p className="vote-muted">Add the people who will vote. Each opens their own ballot in turn.</p>
      ) : allWaiting.length === 0 ? (
        <p className="vote-all-voted" role="status">
          {sealed ? sealedAllVotedSentence(ownTeamName) : allVotedSentence(resultsVisible(workshop), ownTeamName)}
        </p>
      ) : waiting.length === 0 ? (
        <p className="vote-muted">Nobody still to vote is called “{query.trim()}”. Add them below if they are new.</p>
      ) : (
        <ul className="vote-next-list" aria-label="People still to vote">
          {waiting.map((p) => {
            const team = teams.get(p.teamId);
            return (
              <li key={p.id} className="vote-next-item">
                <button type="button" className="vote-next-person vote-focus" onClick={() => onOpen(p.id)} data-testid="next-voter">
                  {team && <span className="vote-team-dot" style={{ background: team.color }} aria-hidden="true" />}
                  <span className="vote-next-name">{p.name}</span>
                  <span className="vote-next-team">{team?.name ?? ''}</span>
                </button>
                {mayRemove(p) && (
                  <button
                    type="button"
                    className="vote-next-remove vote-focus"
                    aria-label={`Take ${p.name} off the list`}
                    title={`Take ${p.name} off the list`}
                    onClick={() => setRemoving(p)}
                  >
                    ✕
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {refusal && (
        <p className="vote-refusal" role="alert">
          {refusal}
        </p>
      )}
      {sealed ? (
        <p className="vote-muted" data-testid="sealed-list-note">
          Not on the list? Ask the person who started the ballot: names are added once it ends.
        </p>
      ) : (
        <AddPerson workshop={workshop} dispatch={dispatch} defaultTeamId={defaultTeamId} seat={seat} />
      )}
      {removing && (
        <ConfirmDialog
          title={`Take ${removing.name} off the list?`}
          message={<p>They will not be able to vote. Undo brings them back.</p>}
          confirmLabel="Take off the list"
          danger
          onConfirm={async () => {
            const outcome = await dispatch({ type: 'participant/remove', participantId: removing.id });
            setRefusal(outcome.ok ? null : outcome.message);
            setRemoving(null);
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}

/** "Everyone has voted.", said of the team on a team's page, where the reveal is someone else's. */
function allVotedSentence(visible: boolean, teamName: string | undefined): string {
  if (teamName !== undefined) {
    return visible ? `Everyone in ${teamName} has voted.` : `Everyone in ${teamName} has voted. The facilitator reveals the results when the room is ready.`;
  }
  return visible ? 'Everyone has voted.' : 'Everyone has voted. Reveal the results when the room is ready.';
}

/** The same, on a sealed laptop: what happens next is ending the ballot. */
function sealedAllVotedSentence(teamName: string | undefined): string {
  return teamName !== undefined
    ? `Everyone in ${teamName} has voted. Whoever started the ballot can end it now.`
    : 'Everyone has voted. The facilitator can end the ballot now.';
}

function AddPerson({ workshop, dispatch, defaultTeamId, seat }: Omit<NextVoterProps, 'onOpen' | 'sealed'>) {
  const [name, setName] = useState('');
  const [teamId, setTeamId] = useState(defaultTeamId);
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const teamSelectId = useId();
  // A team's page may add people to its own team only.
  const teams = workshop.teams.filter((t) => mayDispatch(seat, workshop, { type: 'participant/add', name: 'New person', teamId: t.id }));
  // The chosen team may have been removed meanwhile.
  const team = teams.some((t) => t.id === teamId) ? teamId : (teams[0]?.id ?? '');

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    const problem = nameProblem(name);
    if (problem) {
      setError(problem);
      document.getElementById(nameId)?.focus();
      return;
    }
    const submitted = name;
    const outcome = await dispatch({ type: 'participant/add', name: name.trim(), teamId: team });
    setError(outcome.ok ? null : outcome.message);
    if (outcome.ok) setName((current) => nameFieldAfterAdd(current, submitted));
    document.getElementById(nameId)?.focus();
  }

  return (
    <form className="vote-add-person" onSubmit={(e) => void onAdd(e)} noValidate aria-label="Add a person">
      <TextField
        id={nameId}
        label="New person"
        value={name}
        error={error}
        placeholder="Name"
        onChange={(e) => {
          setName(e.target.value);
          setError(null);
        }}
      />
      {teams.length > 1 && (
        <div className="vote-field">
          <label className="field-label" htmlFor={teamSelectId}>
            Team
          </label>
          <select id={teamSelectId} className="select" value={team} onChange={(e) => setTeamId(e.target.value)}>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <Button type="submit">Add person</Button>
    </form>
  );
}
