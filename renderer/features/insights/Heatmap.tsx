/**
 * The touchpoints × pillars heatmap: one row per card in journey order, the
 * average score in each cell on a colour-blind-safe scale, the card's own
 * average at the end.
 */
import type { Pillar } from '../../../shared/model';
import type { HeatmapRow } from '../../../shared/selectors';
import { formatScore, HEAT_LEGEND, heatColour } from './heat-scale';

interface HeatmapProps {
  readonly rows: readonly HeatmapRow[];
  readonly pillars: readonly Pillar[];
  readonly stageNames: ReadonlyMap<string, string>;
}

export function Heatmap({ rows, pillars, stageNames }: HeatmapProps) {
  return (
    <section className="insight-panel insight-heatmap" aria-labelledby="heatmap-heading">
      <h3 id="heatmap-heading" className="insight-heading">
        Heatmap: touchpoints × pillars
      </h3>
      <HeatLegend />
      {rows.length === 0 ? (
        <p className="muted">No touchpoints on the journey yet.</p>
      ) : (
        <div className="insight-scroll">
          <table className="heat-table" data-testid="heatmap">
            <thead>
              <tr>
                <th scope="col">Touchpoint</th>
                {pillars.map((p) => (
                  <th key={p.id} scope="col" title={p.summary}>
                    {p.name}
                  </th>
                ))}
                <th scope="col">Average</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.touchpoint.id}>
                  <th scope="row" className="heat-card">
                    {row.touchpoint.momentOfTruth && (
                      <span className="heat-mot" role="img" aria-label="Moment of truth" title="Moment of truth">
                        ★
                      </span>
                    )}
                    {row.touchpoint.title}
                    <span className="heat-stage">{stageNames.get(row.touchpoint.stageId) ?? ''}</span>
                  </th>
                  {row.pillars.map((cell) => (
                    <HeatCell key={cell.pillarId} average={cell.average} count={cell.ratingCount} />
                  ))}
                  <HeatCell average={row.average} strong />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function HeatCell({ average, count, strong }: { average: number | null; count?: number; strong?: boolean }) {
  const colour = heatColour(average);
  const counted = count === undefined ? '' : `, ${count} rating${count === 1 ? '' : 's'}`;
  return (
    <td
      className={`heat-cell${strong ? ' heat-strong' : ''}`}
      style={{ background: colour.background, color: colour.text }}
      title={`${colour.band}${counted}`}
    >
      {formatScore(average)}
    </td>
  );
}

export function HeatLegend() {
  return (
    <p className="heat-legend">
      <span className="muted">Scale:</span>
      {HEAT_LEGEND.map((b) => (
        <span key={b.score} className="heat-legend-item" style={{ background: b.background, color: b.text }}>
          {b.score} {b.band}
        </span>
      ))}
    </p>
  );
}
