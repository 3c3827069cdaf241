/**
 * The worst-rated touchpoints from the Rate screen, each with "Propose a
 * fix", which fills the form with the touchpoint, its weakest pillar and
 * the team whose card it is — so a fix starts from evidence, not a blank page.
 */
import { formatScore } from '../../../shared/present/numbers';
import type { Id, Workshop } from '../../../shared/model';
import { rememberedPainPoints } from '../../../shared/selectors';
import { andList } from '../../../shared/present/lists';
import { Button } from '../../ui';

interface PainPointsProps {
  readonly workshop: Workshop;
  readonly onPropose: (touchpointId: Id, pillarIds: readonly Id[], teamId: Id) => void;
}

/** Enough to act on without pushing the form down a long way. */
const SHOWN = 5;

export function PainPoints({ workshop, onPropose }: PainPointsProps) {
  const points = rememberedPainPoints(workshop).slice(0, SHOWN);
  if (points.length === 0) return null;
  const pillarName = (id: Id) => workshop.framework.pillars.find((p) => p.id === id)?.name ?? 'a pillar';
  const weakestWords = (ids: readonly Id[]) => `${ids.length > 1 ? 'tied weakest on' : 'weakest on'} ${andList(ids.map(pillarName))}`;
  const fixed = new Set(workshop.fixes.flatMap((f) => f.touchpointIds));
  return (
    <details className="fix-pains" open data-testid="pain-points">
      <summary className="fix-pains-summary">Start from a pain point</summary>
      <ul className="fix-pains-list">
        {points.map((p) => (
          <li key={p.touchpoint.id} className="fix-pain">
            <span className="fix-pain-text">
              <span className="fix-pain-title">{p.touchpoint.title}</span>
              <span className="fix-muted">
                {' '}
                · {formatScore(p.average)} average, {weakestWords(p.weakestPillarIds)}
                {fixed.has(p.touchpoint.id) ? ' · has a fix' : ''}
              </span>
            </span>
            <Button
              size="sm"
              onClick={() => onPropose(p.touchpoint.id, p.weakestPillarIds, p.touchpoint.teamId)}
              aria-label={`Propose a fix for “${p.touchpoint.title}”`}
            >
              Propose a fix
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
