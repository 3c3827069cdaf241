/**
 * The touchpoints × pillars heatmap: one row per card in journey order, the
 * average score in each cell on a colour-blind-safe scale, the card's own
 * average at the end.
 *
 * On a large workshop that is 400 rows in a scrolling area a dozen high.
 * The rows are laid out as grids rather than table rows (see insights.css),
 * so only those in sight cost layout; the explicit roles keep it a table
 * with row and column headers for assistive technology.
 */
import type { CSSProperties } from 'react';
import type { Pillar } from '../../../shared/model';
import type { HeatmapRow } from '../../../shared/selectors';
import { useScoreLook, useShownFirst } from '../../ui';
import { scoreLegend, type ScoreLook } from '../../../shared/present/score-colours';
import { HeatRow } from './HeatRow';

interface HeatmapProps {
  readonly rows: readonly HeatmapRow[];
  readonly pillars: readonly Pillar[];
  readonly stageNames: ReadonlyMap<string, string>;
}

/** More rows than the heatmap's scrolling area shows. */
const FIRST_SHOWN = 24;

export function Heatmap({ rows, pillars, stageNames }: HeatmapProps) {
  // 400 rows on a large workshop: the first ones at once, the rest just after.
  const shown = useShownFirst(rows.length, FIRST_SHOWN);
  const look = useScoreLook();
  return (
    <section className="insight-panel insight-heatmap" aria-labelledby="heatmap-heading">
      <h3 id="heatmap-heading" className="insight-heading">
        Heatmap: touchpoints × pillars
      </h3>
      <HeatLegend look={look} />
      {rows.length === 0 ? (
        <p className="muted">No touchpoints on the journey yet.</p>
      ) : (
        // The rows scroll inside this area: the keyboard reaches it (and scrolls it with the arrow keys).
        <div className="insight-scroll" role="region" aria-label="Heatmap rows" tabIndex={0}>
          <table
            className="heat-table heat-grid"
            role="table"
            aria-labelledby="heatmap-heading"
            aria-rowcount={rows.length + 1}
            // Every row has the card, one column per pillar, and the average.
            style={{ '--heat-columns': String(pillars.length + 1) } as CSSProperties}
            data-testid="heatmap"
          >
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  Touchpoint
                </th>
                {pillars.map((p) => (
                  <th key={p.id} scope="col" role="columnheader" title={p.summary}>
                    {p.name}
                  </th>
                ))}
                <th scope="col" role="columnheader">
                  Average
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {rows.slice(0, shown).map((row) => (
                <HeatRow key={row.touchpoint.id} row={row} stageName={stageNames.get(row.touchpoint.stageId) ?? ''} look={look} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function HeatLegend({ look }: { readonly look: ScoreLook }) {
  return (
    <p className="heat-legend">
      <span className="muted">Scale:</span>
      {scoreLegend(look).map((b) => (
        <span key={b.score} className="heat-legend-item" style={{ background: b.background, color: b.text }}>
          {b.score} {b.band}
        </span>
      ))}
    </p>
  );
}
