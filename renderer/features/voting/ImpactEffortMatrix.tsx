/**
 * Every fix on a 2 × 2 of impact (up) against effort (right), each a
 * numbered marker that grows with its dots once results are shown. The
 * picture is for the room; the list under it says the same in words, by
 * quadrant, for anyone who cannot see the picture.
 */
import type { Workshop } from '../../../shared/model';
import { impactEffortMatrix, resultsVisible } from '../../../shared/selectors';
import { markerSize, placePoints, QUADRANTS, type PlacedPoint } from './matrix-logic';
import { dotsInRound } from '../../../shared/present/rounds';
import './vote-panel.css';
import './impact-effort-matrix.css';

const LEVELS = [1, 2, 3, 4, 5] as const;

export function ImpactEffortMatrix({ workshop }: { readonly workshop: Workshop }) {
  const visible = resultsVisible(workshop);
  const points = placePoints(impactEffortMatrix(workshop));
  // Once there are runoffs a fix's dots are from one round: its number says which.
  const runoffs = workshop.voting.runoffs.length;
  const words = (p: PlacedPoint) => dotsInRound(p.dots, p.round, runoffs);
  const most = Math.max(0, ...points.map((p) => p.dots));

  if (points.length === 0) {
    return <p className="vote-muted">Propose fixes on the Fix screen to see them here.</p>;
  }
  return (
    <section className="vote-matrix" aria-labelledby="matrix-heading" data-testid="matrix">
      <h3 id="matrix-heading" className="vote-panel-heading">
        Impact × effort {!visible && <span className="vote-muted">· dots show after the reveal</span>}
      </h3>
      <div className="vote-matrix-figure" aria-hidden="true">
        <span className="vote-matrix-axis-y">Impact →</span>
        <div className="vote-matrix-grid">
          {QUADRANTS.map((q) => (
            <span key={q.id} className={`vote-matrix-quadrant vote-matrix-${q.id}`}>
              {q.name}
            </span>
          ))}
          {[...LEVELS].reverse().map((impact) =>
            LEVELS.map((effort) => (
              <div
                key={`${impact}-${effort}`}
                className="vote-matrix-cell"
                style={{ gridRow: 6 - impact, gridColumn: effort }}
              >
                {points
                  .filter((p) => p.impact === impact && p.effort === effort)
                  .map((p) => (
                    <Marker key={p.fix.id} point={p} size={markerSize(p.dots, most, visible)} dots={visible ? words(p) : null} />
                  ))}
              </div>
            )),
          )}
        </div>
        <span className="vote-matrix-axis-x">Effort →</span>
      </div>
      <MatrixList points={points} dots={visible ? words : null} />
    </section>
  );
}

function Marker({ point, size, dots }: { readonly point: PlacedPoint; readonly size: number; readonly dots: string | null }) {
  return (
    <span
      className="vote-matrix-marker"
      style={{ inlineSize: size, blockSize: size }}
      title={`${point.fix.title}${dots === null ? '' : ` — ${dots}`}`}
    >
      {point.number}
    </span>
  );
}

function MatrixList({ points, dots }: { readonly points: readonly PlacedPoint[]; readonly dots: ((p: PlacedPoint) => string) | null }) {
  return (
    <div className="vote-matrix-lists">
      {QUADRANTS.map((q) => {
        const inside = points.filter((p) => p.quadrant === q.id);
        return (
          <section key={q.id} className="vote-matrix-list" aria-label={`${q.name}: ${q.hint}`} data-testid={`quadrant-${q.id}`}>
            <h4 className="vote-matrix-list-heading">
              {q.name} <span className="vote-muted">({inside.length})</span>
            </h4>
            {inside.length === 0 ? (
              <p className="vote-muted">None</p>
            ) : (
              <ol className="vote-matrix-items">
                {inside.map((p) => (
                  <li key={p.fix.id} value={p.number}>
                    <span className="vote-matrix-num" aria-hidden="true">
                      {p.number}
                    </span>{' '}
                    {p.fix.title}
                    <span className="vote-muted">
                      {' '}
                      · impact {p.impact}, effort {p.effort}
                      {dots === null ? '' : ` · ${dots(p)}`}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
