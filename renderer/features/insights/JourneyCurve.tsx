/**
 * The emotion curve beside the pillar index, stage by stage: bars for the
 * weighted pillar index (0–100, left axis) and a line for how the customer
 * feels (−2…+2, right axis). Where the bars and the line part ways is where
 * the ratings and the room's sense of the customer disagree.
 */
import type { StageIndex } from '../../../shared/selectors';
import { formatFeeling, formatIndex } from '../../../shared/present/numbers';
import { feelingY as feelingHeight } from '../../../shared/present/feelings';

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { top: 16, right: 40, bottom: 40, left: 40 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

/** 0–100 → y. */
function indexY(index: number): number {
  return PAD.top + PLOT_H - (index / 100) * PLOT_H;
}

/** −2…+2 → y, on the same plot height, by the one mapping the board and the PDF use. */
function feelingY(feeling: number): number {
  return feelingHeight(feeling, PAD.top, PLOT_H);
}

/** A stage name on at most two short lines under its bar. */
function labelLines(name: string): readonly string[] {
  const clip = (text: string) => (text.length > 12 ? `${text.slice(0, 11)}…` : text);
  if (name.length <= 12) return [name];
  const space = name.indexOf(' ', Math.min(4, name.length));
  if (space < 0) return [clip(name)];
  return [clip(name.slice(0, space)), clip(name.slice(space + 1))];
}

export function JourneyCurve({ stages }: { stages: readonly StageIndex[] }) {
  const step = stages.length > 0 ? PLOT_W / stages.length : PLOT_W;
  const barW = Math.min(step * 0.55, 48);
  const points = stages.flatMap((s, i) =>
    s.feeling === null ? [] : [{ x: PAD.left + step * (i + 0.5), y: feelingY(s.feeling) }],
  );
  const description = stages
    .map((s) => `${s.name}: index ${formatIndex(s.index)}, feeling ${s.feeling === null ? 'none' : formatFeeling(s.feeling)}`)
    .join('; ');
  return (
    <section className="insight-panel" aria-labelledby="curve-heading">
      <h3 id="curve-heading" className="insight-heading">
        Pillar index and the customer&rsquo;s feeling along the journey
      </h3>
      <svg
        className="journey-curve"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Pillar index bars and emotion curve. ${description}`}
        data-testid="journey-curve"
      >
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={indexY(v)} y2={indexY(v)} className="curve-grid" />
            <text x={PAD.left - 6} y={indexY(v) + 4} textAnchor="end" className="curve-axis">
              {v}
            </text>
          </g>
        ))}
        {[-2, 0, 2].map((v) => (
          <text key={v} x={WIDTH - PAD.right + 6} y={feelingY(v) + 4} className="curve-axis">
            {formatFeeling(v)}
          </text>
        ))}
        {stages.map((s, i) => {
          const x = PAD.left + step * (i + 0.5);
          return (
            <g key={s.stageId}>
              {s.index !== null && (
                <>
                  <rect
                    x={x - barW / 2}
                    y={indexY(s.index)}
                    width={barW}
                    height={Math.max(PAD.top + PLOT_H - indexY(s.index), 1)}
                    className="curve-bar"
                  />
                  {/* Inside the bar, at its foot, so the feeling line never covers the number. */}
                  <text x={x} y={PAD.top + PLOT_H - 6} textAnchor="middle" className="curve-value">
                    {formatIndex(s.index)}
                  </text>
                </>
              )}
              <text x={x} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" className="curve-label">
                {labelLines(s.name).map((line, n) => (
                  <tspan key={n} x={x} dy={n === 0 ? 0 : 13}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {points.length > 1 && (
          <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} className="curve-line" />
        )}
        {points.map((p) => (
          <circle key={`${p.x}`} cx={p.x} cy={p.y} r={5} className="curve-dot" />
        ))}
      </svg>
      <p className="curve-key">
        <span className="curve-key-bar" aria-hidden="true" /> pillar index (0–100, left)
        <span className="curve-key-line" aria-hidden="true" /> feeling (−2 to +2, right)
      </p>
    </section>
  );
}
