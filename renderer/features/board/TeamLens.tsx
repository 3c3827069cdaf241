/**
 * Whose cards the board shows: the chosen team's (the team switcher at the
 * top picks which), or every team's at once, each card tagged with its
 * team and a legend of the teams. New cards always go to the chosen team.
 */
import type { Team } from '../../../shared/model';
import { teamInitials, textOn } from './team-tags';

export type Lens = 'team' | 'all';

export interface TeamLensProps {
  readonly lens: Lens;
  readonly onChange: (lens: Lens) => void;
  /** The chosen team (the one new cards join). */
  readonly team: Team | undefined;
  readonly teams: readonly Team[];
}

export function TeamLens({ lens, onChange, team, teams }: TeamLensProps) {
  if (teams.length < 2) return null;
  return (
    <div className="team-lens">
      <div className="team-lens-choice" role="group" aria-label="Show the cards of">
        <span className="team-lens-label" aria-hidden="true">
          Show:
        </span>
        <button type="button" aria-pressed={lens === 'team'} onClick={() => onChange('team')}>
          {team?.name ?? 'This team'}
        </button>
        <button type="button" aria-pressed={lens === 'all'} onClick={() => onChange('all')}>
          All teams
        </button>
      </div>
      {lens === 'all' ? (
        <ul className="team-legend" aria-label="Teams on the board">
          {teams.map((t) => (
            <li key={t.id}>
              <span className="card-team" style={{ backgroundColor: t.color, color: textOn(t.color) }} aria-hidden="true">
                {teamInitials(t.name)}
              </span>
              {t.name}
              {t.id === team?.id ? <span className="team-legend-note"> (new cards)</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
