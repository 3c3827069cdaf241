/**
 * The teams in the room. A team that already has cards, ratings, fixes or
 * people cannot be removed; the host says why, and we show it on the row.
 */
import { useState, type FormEvent } from 'react';
import type { Team } from '../../../shared/model';
import { Button, CloseIcon, CommitField, nameProblem, TextField } from '../../ui';

export interface TeamsListProps {
  readonly teams: readonly Team[];
  readonly onAdd: (name: string) => Promise<string | null>;
  readonly onRename: (id: string, name: string) => Promise<string | null>;
  readonly onRemove: (id: string) => Promise<string | null>;
}

export function TeamsList({ teams, onAdd, onRename, onRemove }: TeamsListProps) {
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [rowError, setRowError] = useState<{ id: string; message: string } | null>(null);

  async function add(event: FormEvent): Promise<void> {
    event.preventDefault();
    const problem = nameProblem(newName);
    if (problem) {
      setAddError(problem);
      return;
    }
    const refusal = await onAdd(newName.trim());
    if (refusal) setAddError(refusal);
    else setNewName('');
  }

  async function remove(team: Team): Promise<void> {
    const refusal = await onRemove(team.id);
    setRowError(refusal ? { id: team.id, message: refusal } : null);
  }

  return (
    <section className="frame-section" aria-labelledby="frame-teams-title">
      <h2 id="frame-teams-title">
        Teams <span className="frame-count">({teams.length})</span>
      </h2>
      <ul className="named-list" data-testid="frame-team-list">
        {teams.map((team) => (
          <li key={team.id} className="named-row">
            <span className="team-swatch" style={{ background: team.color }} aria-hidden="true" />
            <CommitField
              label={`Name of team ${team.name}`}
              hideLabel
              value={team.name}
              validate={nameProblem}
              onCommit={(name) => onRename(team.id, name.trim())}
              className="named-name"
            />
            <span className="named-buttons">
              <Button
                size="sm"
                variant="ghost"
                className="danger-text"
                aria-label={`Remove team ${team.name}`}
                title="Remove this team"
                disabled={teams.length <= 1}
                onClick={() => void remove(team)}
              >
                <CloseIcon />
              </Button>
            </span>
            {rowError?.id === team.id ? (
              <span className="field-error named-error" role="alert">
                {rowError.message}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <form className="named-add" onSubmit={(event) => void add(event)} noValidate>
        <TextField
          label="New team"
          hideLabel
          placeholder="New team"
          value={newName}
          error={addError}
          onChange={(event) => {
            setNewName(event.target.value);
            setAddError(null);
          }}
        />
        <Button type="submit">Add team</Button>
      </form>
    </section>
  );
}
