/**
 * The Insights screen (the Diagnose phase): what the ratings mean. While
 * rating is silent each team sees only its own figures; once the facilitator
 * reveals them, the room sees every team combined, or one team at a time.
 * Every number comes from shared/selectors, the same ones the PDF uses.
 */
import { useMemo, useState } from 'react';
import type { Id } from '../../../shared/model';
import { insights, visibleTeam } from '../../../shared/selectors';
import { Button } from '../../ui';
import type { ScreenProps } from '../common/screen-props';
import { mayDispatch } from '../common/seat';
import { Disagreements, PainPoints } from './FindingsLists';
import { formatIndex } from '../../../shared/present/numbers';
import { Heatmap } from './Heatmap';
import { JourneyCurve } from './JourneyCurve';
import { StageMatrix } from './StageMatrix';
import './insights.css';
import { useWorkshop } from '../../store/use-live-workshop';

const ALL = 'all';

export function InsightsScreen({ dispatch, teamId, seat }: ScreenProps) {
  const workshop = useWorkshop();
  const [chosen, setChosen] = useState<Id>(ALL);
  // A refusal belongs to the reveal state it was given in: once that changes, it has been overtaken.
  const [refused, setRefused] = useState<{ readonly message: string; readonly whenRevealed: boolean } | null>(null);
  const revealed = workshop.ratingsRevealed;
  const refusal = refused?.whenRevealed === revealed ? refused.message : null;
  const mayReveal = mayDispatch(seat, workshop, { type: 'rating/reveal', revealed: !revealed });
  // Silent: the viewer's own team only. Revealed: every team, or the one chosen.
  const shownTeam = revealed ? (chosen === ALL ? undefined : chosen) : visibleTeam(workshop, teamId);
  const data = useMemo(() => insights(workshop, shownTeam), [workshop, shownTeam]);
  const pillarNames = useMemo(() => new Map(workshop.framework.pillars.map((p) => [p.id, p.name])), [workshop]);
  const stageNames = useMemo(() => new Map(workshop.stages.map((s) => [s.id, s.name])), [workshop]);
  const pillarName = (id: Id) => pillarNames.get(id) ?? 'a removed pillar';
  const team = workshop.teams.find((t) => t.id === shownTeam);
  const notCounted = data.uncounted.pillarNotInFramework;

  async function setRevealed(next: boolean) {
    const outcome = await dispatch({ type: 'rating/reveal', revealed: next });
    setRefused(outcome.ok ? null : { message: outcome.message, whenRevealed: revealed });
  }

  return (
    <section className="insights-screen" aria-labelledby="insights-heading">
      <header className="insights-header">
        <h2 id="insights-heading" className="insights-title">
          Insights
          <span className="insights-scope" data-testid="insights-scope">
            {team ? `${team.name}’s ratings` : 'all teams combined'}
          </span>
        </h2>
        <div className="insights-controls">
          {revealed && workshop.teams.length > 1 && (
            <label className="insights-view">
              Show
              <select value={chosen} onChange={(e) => setChosen(e.target.value)} data-testid="insights-team">
                <option value={ALL}>All teams combined</option>
                {workshop.teams.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name} only
                  </option>
                ))}
              </select>
            </label>
          )}
          {mayReveal && (
            <Button
              variant={revealed ? 'secondary' : 'primary'}
              onClick={() => void setRevealed(!revealed)}
              data-testid="reveal-ratings"
            >
              {revealed ? 'Hide other teams’ ratings' : 'Reveal every team’s ratings'}
            </Button>
          )}
        </div>
      </header>
      {!revealed && (
        <p className="insights-silent" role="status" data-testid="silent-notice">
          Silent rating is on: each team sees only its own ratings, so nobody anchors on another team&rsquo;s
          scores. The facilitator reveals them all when every team is done.
        </p>
      )}
      {refusal && (
        <p className="insights-refusal" role="alert">
          {refusal}
        </p>
      )}
      {notCounted > 0 && (
        <p className="insights-uncounted" data-testid="uncounted">
          {notCounted} {notCounted === 1 ? 'rating is' : 'ratings are'} not counted because {notCounted === 1 ? 'its' : 'their'}{' '}
          pillar is not in this framework. {notCounted === 1 ? 'It is' : 'They are'} kept, and count again if the pillar
          comes back.
        </p>
      )}
      <div className="insights-overview" data-testid="pillar-index">
        <p className="insights-overall">
          <span className="insights-overall-number">{formatIndex(data.overall)}</span>
          <span>overall pillar index (0–100, weighted)</span>
        </p>
        <ul className="insights-pillars">
          {data.pillars.map((p) => (
            <li key={p.pillarId} title={`${p.ratingCount} rated, ${p.notApplicableCount} not applicable`}>
              <span className="insights-pillar-name">{p.name}</span>
              <span className="insights-pillar-index">{formatIndex(p.index)}</span>
              <span className="muted">{Math.round(p.weight)}%</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="insights-grid">
        <div className="insights-column">
          <PainPoints points={data.painPoints} pillarName={pillarName} />
          <Disagreements
            items={data.disagreements}
            workshop={workshop}
            pillarName={pillarName}
            hiddenReason={
              !revealed
                ? 'Shown once every team’s ratings are revealed.'
                : shownTeam !== undefined
                  ? 'Choose “All teams combined” to compare teams.'
                  : null
            }
          />
        </div>
        <JourneyCurve stages={data.stageIndexes} />
      </div>
      <StageMatrix
        stages={data.stages}
        weakest={data.weakest}
        indexes={data.stageIndexes}
        pillars={workshop.framework.pillars}
      />
      <Heatmap rows={data.heatmap} pillars={workshop.framework.pillars} stageNames={stageNames} />
    </section>
  );
}
