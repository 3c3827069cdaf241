/**
 * Who is joining: a tap on one's own name when the facilitator already
 * listed the team's people, or a name typed for someone new. Names that
 * already have a device in the room are shown as taken, so two phones do not
 * claim the same person; the host checks again and says so if they race.
 */
import { useState, type FormEvent } from 'react';
import type { RoomPreview } from '../../../shared/room';
import { Button, nameProblem, TextField } from '../../ui';

type PreviewTeam = RoomPreview['teams'][number];

/** A person chosen from the list (with their id), or a new name typed. */
export interface Joiner {
  readonly name: string;
  readonly participantId?: string;
}

export interface NameChoiceProps {
  readonly team: PreviewTeam;
  readonly joining: boolean;
  readonly onJoin: (joiner: Joiner) => void;
}

export function NameChoice({ team, joining, onJoin }: NameChoiceProps) {
  const listed = team.people.length > 0;
  return (
    <section className="entry-step" aria-labelledby="entry-name-heading">
      <h2 id="entry-name-heading">Your name</h2>
      {listed ? <PeopleList team={team} joining={joining} onJoin={onJoin} /> : null}
      <NewNameForm teamName={team.name} listed={listed} joining={joining} onJoin={onJoin} />
    </section>
  );
}

function PeopleList({ team, joining, onJoin }: NameChoiceProps) {
  return (
    <>
      <p className="entry-note" id="entry-people-hint">
        Tap your name to join {team.name}.
      </p>
      <ul className="entry-people" aria-describedby="entry-people-hint">
        {team.people.map((person) => (
          <li key={person.id}>
            <button
              type="button"
              className="entry-person"
              disabled={person.joined || joining}
              onClick={() => onJoin({ name: person.name, participantId: person.id })}
              data-testid="join-person"
            >
              <span className="entry-person-name">{person.name}</span>
              {person.joined ? <span className="entry-person-taken">already here</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function NewNameForm({
  teamName,
  listed,
  joining,
  onJoin,
}: {
  teamName: string;
  listed: boolean;
  joining: boolean;
  onJoin: (joiner: Joiner) => void;
}) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent): void {
    event.preventDefault();
    const found = nameProblem(name);
    setProblem(found);
    if (found === null) onJoin({ name: name.trim() });
  }

  return (
    <form className="entry-new-name" onSubmit={submit} noValidate>
      <TextField
        label={listed ? 'Not on the list? Type your name' : 'Type your name'}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setProblem(null);
        }}
        error={problem}
        autoComplete="name"
        autoCapitalize="words"
        enterKeyHint="go"
        data-testid="join-name"
      />
      <Button type="submit" variant="primary" className="entry-wide-button" aria-disabled={joining} data-testid="join-submit">
        {joining ? 'Joining…' : `Join ${teamName}`}
      </Button>
    </form>
  );
}
