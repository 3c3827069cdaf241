/**
 * The workshop's teams as big buttons in their own colours: a person finds
 * theirs by colour and name at a glance, on a phone as on a laptop. The
 * chosen one is marked with a tick as well as its pressed state, so the
 * choice never rests on colour alone.
 */
import type { RoomPreview } from '../../../shared/room';
import { CheckIcon } from '../../ui';
import { textOnColour } from './team-colour';

type PreviewTeam = RoomPreview['teams'][number];

export interface TeamChoiceProps {
  readonly teams: readonly PreviewTeam[];
  readonly chosenId: string | null;
  readonly onChoose: (teamId: string) => void;
  readonly disabled: boolean;
}

export function TeamChoice({ teams, chosenId, onChoose, disabled }: TeamChoiceProps) {
  return (
    <section className="entry-step" aria-labelledby="entry-team-heading">
      <h2 id="entry-team-heading">Your team</h2>
      {teams.length === 0 ? (
        <p className="entry-note">This workshop has no teams yet. Ask the facilitator to add them, then reload this page.</p>
      ) : (
        <div className="entry-teams" role="group" aria-labelledby="entry-team-heading">
          {teams.map((team) => (
            <TeamButton key={team.id} team={team} chosen={team.id === chosenId} onChoose={onChoose} disabled={disabled} />
          ))}
        </div>
      )}
    </section>
  );
}

function TeamButton({
  team,
  chosen,
  onChoose,
  disabled,
}: {
  team: PreviewTeam;
  chosen: boolean;
  onChoose: (teamId: string) => void;
  disabled: boolean;
}) {
  const people = team.people.length;
  return (
    <button
      type="button"
      className={`entry-team${chosen ? ' entry-team-chosen' : ''}`}
      style={{ background: team.color, color: textOnColour(team.color) }}
      aria-pressed={chosen}
      onClick={() => onChoose(team.id)}
      disabled={disabled}
      data-testid="join-team-choice"
    >
      <span className="entry-team-name">{team.name}</span>
      <span className="entry-team-count">{people === 0 ? 'No one yet' : people === 1 ? '1 person' : `${people} people`}</span>
      {chosen ? (
        <span className="entry-team-tick">
          <CheckIcon />
        </span>
      ) : null}
    </button>
  );
}
