/**
 * The Frame phase on a team's page: the workshop as the facilitator framed
 * it, to read. Changing the details, the stages and channels, the teams or
 * the framework is the facilitator's (shared/roles.ts), so a team sees the
 * frame without controls it could only be refused. In a team's copy on the
 * team's own laptop, the frame is the one handed out with the pack.
 */
import type { Id, Workshop } from '../../../shared/model';
import { AgendaOverview } from './AgendaEditor';

export interface FrameOverviewProps {
  readonly workshop: Workshop;
  /** The team this page works as, marked in the list of teams. */
  readonly ownTeamId: Id;
  /** A team's copy, opened from a team pack: the frame does not change while the team works. */
  readonly teamCopy?: boolean;
}

export function FrameOverview({ workshop, ownTeamId, teamCopy = false }: FrameOverviewProps) {
  const details: readonly (readonly [string, string])[] = [
    ['Title', workshop.title],
    ['Organisation', workshop.organisation],
    ['Facilitator', workshop.facilitator],
    ['Customer', workshop.persona],
    ['Scope', workshop.scope],
  ];
  return (
    <div className="frame-screen" data-testid="frame-overview">
      <p className="frame-team-note" role="note">
        {teamCopy
          ? 'This is the frame the facilitator handed out with your team’s pack. Changes to it are theirs to make, in their own workshop.'
          : 'The facilitator sets up the workshop here. This is the frame as it stands; it updates by itself when they change it.'}
      </p>
      <div className="frame-columns">
        <section className="frame-section" aria-labelledby="frame-details-title">
          <h2 id="frame-details-title">The workshop</h2>
          <dl className="frame-facts">
            {details.map(([label, value]) => (
              <div key={label} className="frame-fact">
                <dt>{label}</dt>
                <dd className={value.trim() === '' ? 'frame-fact-empty' : undefined}>
                  {value.trim() === '' ? 'Not filled in yet' : value}
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <div className="frame-column">
          <ReadList title="Stages of the journey" names={workshop.stages.map((s) => s.name)} testId="frame-stages" />
          <ReadList title="Channels" names={workshop.channels.map((c) => c.name)} testId="frame-channels" />
        </div>
        <div className="frame-column">
          <section className="frame-section" aria-labelledby="frame-teams-title">
            <h2 id="frame-teams-title">
              Teams <span className="frame-count">({workshop.teams.length})</span>
            </h2>
            <ul className="frame-read-list" data-testid="frame-team-list">
              {workshop.teams.map((team) => (
                <li key={team.id} className="frame-read-team">
                  <span className="team-swatch" style={{ background: team.color }} aria-hidden="true" />
                  <span>{team.name}</span>
                  {team.id === ownTeamId ? <span className="frame-own-team">your team</span> : null}
                </li>
              ))}
            </ul>
          </section>
          <AgendaOverview agenda={workshop.agenda} />
          <section className="frame-section" aria-labelledby="frame-framework-title">
            <h2 id="frame-framework-title">Pillars to rate against</h2>
            <p className="muted frame-framework-name">{workshop.framework.name}, weighted in the overall index</p>
            <ul className="frame-read-list" data-testid="frame-pillars">
              {workshop.framework.pillars.map((pillar) => (
                <li key={pillar.id} className="frame-read-pillar">
                  <span className="frame-pillar-head">
                    <strong>{pillar.name}</strong>
                    <span className="frame-count">{Math.round(pillar.weight)} %</span>
                  </span>
                  <span className="frame-pillar-summary">{pillar.summary}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}

function ReadList({ title, names, testId }: { readonly title: string; readonly names: readonly string[]; readonly testId: string }) {
  return (
    <section className="frame-section" aria-label={title}>
      <h2>
        {title} <span className="frame-count">({names.length})</span>
      </h2>
      {names.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ol className="frame-read-list frame-read-numbered" data-testid={testId}>
          {names.map((name, i) => (
            // Names are unique within a list, but the index keeps a key stable while one is renamed.
            <li key={`${i}:${name}`}>{name}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
