/**
 * The two lists the room talks through: pain points (moments of truth
 * first) and the card × pillar pairs where teams disagree most.
 */
import type { Id, Workshop } from '../../../shared/model';
import type { Disagreement, PainPoint } from '../../../shared/selectors';
import { andList } from '../../../shared/present/lists';
import { formatScore } from '../../../shared/present/numbers';

const SHOWN = 8;

export function PainPoints({ points, pillarName }: { points: readonly PainPoint[]; pillarName: (id: Id) => string }) {
  return (
    <section className="insight-panel" aria-labelledby="pain-heading">
      <h3 id="pain-heading" className="insight-heading">
        Pain points
      </h3>
      {points.length === 0 ? (
        <p className="muted">No touchpoint averages below 3 (Acceptable).</p>
      ) : (
        // Keyed on its contents: Chromium can leave list numbers stale when items are reordered in place.
        <ol className="insight-list" data-testid="pain-points" key={points.map((p) => p.touchpoint.id).join()}>
          {points.slice(0, SHOWN).map((p) => (
            <li key={p.touchpoint.id}>
              {p.touchpoint.momentOfTruth && (
                <span className="heat-mot" role="img" aria-label="Moment of truth" title="Moment of truth">
                  ★
                </span>
              )}
              <strong>{p.touchpoint.title}</strong> averages {formatScore(p.average)};{' '}
              {p.weakestPillarIds.length > 1 ? 'tied weakest on' : 'weakest on'} {andList(p.weakestPillarIds.map(pillarName))}
            </li>
          ))}
        </ol>
      )}
      {points.length > SHOWN && <p className="muted insight-more">and {points.length - SHOWN} more</p>}
    </section>
  );
}

interface DisagreementsProps {
  readonly items: readonly Disagreement[];
  readonly workshop: Workshop;
  /** Why the list is empty when only one team's ratings are on show. */
  readonly hiddenReason: string | null;
  readonly pillarName: (id: Id) => string;
}

export function Disagreements({ items, workshop, hiddenReason, pillarName }: DisagreementsProps) {
  const titles = new Map(workshop.touchpoints.map((t) => [t.id, t.title]));
  return (
    <section className="insight-panel" aria-labelledby="disagree-heading">
      <h3 id="disagree-heading" className="insight-heading">
        Where teams disagree
      </h3>
      {hiddenReason ? (
        <p className="muted">{hiddenReason}</p>
      ) : items.length === 0 ? (
        <p className="muted">No card has scores two or more points apart between teams.</p>
      ) : (
        <ol
          className="insight-list"
          data-testid="disagreements"
          key={items.map((d) => `${d.touchpointId}:${d.pillarId}`).join()}
        >
          {items.slice(0, SHOWN).map((d) => (
            <li key={`${d.touchpointId}:${d.pillarId}`}>
              <span className="discuss-flag">Discuss</span> <strong>{titles.get(d.touchpointId)}</strong> on{' '}
              {pillarName(d.pillarId)}: scores from {d.lowest} to {d.highest} ({d.teamCount} teams scored it)
            </li>
          ))}
        </ol>
      )}
      {!hiddenReason && items.length > SHOWN && <p className="muted insight-more">and {items.length - SHOWN} more</p>}
    </section>
  );
}
