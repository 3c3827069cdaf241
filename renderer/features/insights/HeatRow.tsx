/**
 * One heatmap row (a card: its name and stage, its average per pillar, its
 * own average) and the coloured cell the stage matrix shares. A row is
 * drawn again only when what it shows changes: a new copy of the workshop
 * arriving from the host (after every change, even a change of phase) makes
 * new row objects with the same figures, and redrawing 400 rows for it was
 * a long pause just after Insights opened.
 */
import { memo } from 'react';
import type { HeatmapRow } from '../../../shared/selectors';
import { formatScore } from '../../../shared/present/numbers';
import { scoreColour, type ScoreLook } from '../../../shared/present/score-colours';

interface HeatRowProps {
  readonly row: HeatmapRow;
  readonly stageName: string;
  /** The page's score colours (renderer/ui/score-look.ts), read once by the heatmap for all its rows. */
  readonly look: ScoreLook;
}

export const HeatRow = memo(function HeatRow({ row, stageName, look }: HeatRowProps) {
  return (
    <tr role="row">
      <th scope="row" role="rowheader" className="heat-card">
        {row.touchpoint.momentOfTruth && (
          <span className="heat-mot" role="img" aria-label="Moment of truth" title="Moment of truth">
            ★
          </span>
        )}
        {row.touchpoint.title}
        <span className="heat-stage">{stageName}</span>
      </th>
      {row.pillars.map((cell) => (
        <HeatCell key={cell.pillarId} average={cell.average} count={cell.ratingCount} look={look} />
      ))}
      <HeatCell average={row.average} look={look} strong />
    </tr>
  );
}, sameHeatRow);

/** Whether two rows show the same thing. */
export function sameHeatRow(a: HeatRowProps, b: HeatRowProps): boolean {
  if (a.look !== b.look) return false;
  if (a.row === b.row) return a.stageName === b.stageName;
  const [x, y] = [a.row, b.row];
  return (
    a.stageName === b.stageName &&
    x.touchpoint.id === y.touchpoint.id &&
    x.touchpoint.title === y.touchpoint.title &&
    x.touchpoint.momentOfTruth === y.touchpoint.momentOfTruth &&
    x.average === y.average &&
    x.pillars.length === y.pillars.length &&
    x.pillars.every((cell, i) => {
      const other = y.pillars[i];
      return other !== undefined && cell.pillarId === other.pillarId && cell.average === other.average && cell.ratingCount === other.ratingCount;
    })
  );
}

interface HeatCellProps {
  readonly average: number | null;
  readonly count?: number;
  readonly strong?: boolean;
  readonly look: ScoreLook;
}

export function HeatCell({ average, count, strong, look }: HeatCellProps) {
  const colour = scoreColour(average, look);
  const counted = count === undefined ? '' : `, ${count} rating${count === 1 ? '' : 's'}`;
  return (
    <td
      role="cell"
      className={`heat-cell${strong ? ' heat-strong' : ''}`}
      style={{ background: colour.background, color: colour.text }}
      title={`${colour.band}${counted}`}
    >
      {formatScore(average)}
    </td>
  );
}
