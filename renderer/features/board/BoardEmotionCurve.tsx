/**
 * The board's foot: the emotion curve, one point per stage column — how the
 * customer feels there, from the cards' feelings: a thick line for all teams
 * together and a thin line in each team's colour, every point saying its
 * value in words ("Unhappy −1.3") — and a bar with the curve's legend and
 * the view controls. The curve folds away to give the grid its room.
 *
 * It sits under the board's scrolling area, not in it (where it would cover
 * the bottom cells, and a card could not be dropped there), so it follows
 * the grid's width and sideways scrolling itself.
 */
import { useEffect, useId, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import type { BoardSlice } from './board-layout';
import { emotionStrip, runs } from './emotion-strip';
import { describeFeeling, feelingWord, feelingY } from '../../../shared/present/feelings';
import { formatFeeling } from '../../../shared/present/numbers';

/** The plot in SVG units: 100 per stage across, 100 top to bottom (stretched to the strip's size). */
const PLOT_H = 100;
const PAD = 14;
const AXIS = [
  { value: 2, word: 'Delighted' },
  { value: 0, word: 'Neutral' },
  { value: -2, word: 'Very unhappy' },
] as const;

export interface BoardEmotionCurveProps {
  readonly board: BoardSlice;
  readonly open: boolean;
  readonly onToggle: (open: boolean) => void;
  /** The board's scrolling area, whose grid the curve lines up with. */
  readonly scrollRef: RefObject<HTMLElement | null>;
  /** Shown at the right end of the bar (the view controls). */
  readonly children?: ReactNode;
}

/** Keeps the curve as wide as the grid and scrolled sideways as far, so each point stays over its column. */
function useFollowGrid(
  scrollRef: RefObject<HTMLElement | null>,
  outerRef: RefObject<HTMLElement | null>,
  innerRef: RefObject<HTMLElement | null>,
  open: boolean,
): void {
  useEffect(() => {
    const scroll = scrollRef.current;
    const outer = outerRef.current;
    const inner = innerRef.current;
    const grid = scroll?.querySelector<HTMLElement>('.board-grid');
    if (!open || !scroll || !outer || !inner || !grid) return undefined;
    const follow = () => {
      inner.style.width = `${grid.getBoundingClientRect().width}px`;
      outer.scrollLeft = scroll.scrollLeft;
    };
    follow();
    const observer = new ResizeObserver(follow);
    observer.observe(grid);
    observer.observe(scroll);
    scroll.addEventListener('scroll', follow, { passive: true });
    return () => {
      observer.disconnect();
      scroll.removeEventListener('scroll', follow);
    };
  }, [scrollRef, outerRef, innerRef, open]);
}

export function BoardEmotionCurve({ board, open, onToggle, scrollRef, children }: BoardEmotionCurveProps) {
  const headingId = useId();
  const outerRef = useRef<HTMLDivElement>(null);
  const innerRef = useRef<HTMLDivElement>(null);
  useFollowGrid(scrollRef, outerRef, innerRef, open);
  // The board redraws at every change of drop target during a drag; the curve's sums need not.
  const strip = useMemo(() => emotionStrip(board), [board]);
  const n = strip.stages.length;
  const x = (index: number) => index * 100 + 50;
  const y = (value: number) => feelingY(value, PAD, PLOT_H - 2 * PAD);
  const path = (points: readonly { index: number; value: number }[]) =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.index)} ${y(p.value)}`).join(' ');
  const combined = strip.stages.map((s) => s.combined);
  const summary = strip.stages.map((s) => `${s.name}: ${describeFeeling(s.combined)}`).join('; ');

  return (
    <section className={`board-foot${open ? '' : ' board-curve-closed'}`} aria-labelledby={headingId} data-testid="board-curve">
      {open ? (
        <div className="board-curve-window" ref={outerRef}>
          <div
            className="board-curve"
            ref={innerRef}
            style={{ gridTemplateColumns: `var(--board-row-head) repeat(${n}, minmax(var(--board-col-min), 1fr))` }}
          >
            <div className="board-curve-axis" aria-hidden="true">
              {AXIS.map((tick) => (
                <span key={tick.value} style={{ top: `${y(tick.value)}%` }}>
                  {tick.word}
                </span>
              ))}
            </div>
            <div className="board-curve-plot">
              <svg
                viewBox={`0 0 ${Math.max(n, 1) * 100} ${PLOT_H}`}
                preserveAspectRatio="none"
                role="img"
                aria-label={`How the customer feels, all teams together. ${summary}.`}
                data-testid="curve-plot"
              >
                {AXIS.map((tick) => (
                  <line
                    key={tick.value}
                    x1={0}
                    x2={n * 100}
                    y1={y(tick.value)}
                    y2={y(tick.value)}
                    className={tick.value === 0 ? 'board-curve-zero' : 'board-curve-grid'}
                    vectorEffect="non-scaling-stroke"
                  />
                ))}
                {/* All teams first and thick, so each team's thin line shows on top of it. */}
                {runs(combined).map((run) => (
                  <g key={`all-${run[0]?.index ?? 0}`} className="board-curve-all">
                    <path d={path(run)} vectorEffect="non-scaling-stroke" />
                    {run.map((p) => (
                      <line key={p.index} x1={x(p.index)} x2={x(p.index)} y1={y(p.value)} y2={y(p.value)} className="board-curve-dot" vectorEffect="non-scaling-stroke" />
                    ))}
                  </g>
                ))}
                {strip.teams.map((team) =>
                  runs(team.values).map((run) => (
                    <g key={`${team.teamId}-${run[0]?.index ?? 0}`} stroke={team.colour} className="board-curve-team">
                      <path d={path(run)} vectorEffect="non-scaling-stroke" />
                      {/* A zero-length line with round caps is a dot that stays round when the strip stretches. */}
                      {run.map((p) => (
                        <line key={p.index} x1={x(p.index)} x2={x(p.index)} y1={y(p.value)} y2={y(p.value)} className="board-curve-dot-team" vectorEffect="non-scaling-stroke" />
                      ))}
                    </g>
                  )),
                )}
              </svg>
              {strip.stages.map((stage, index) => (
                <span
                  key={stage.stageId}
                  className={`board-curve-value${stage.combined === null ? ' board-curve-none' : ''}${
                    stage.combined !== null && stage.combined > 0 ? ' board-curve-value-below' : ''
                  }`}
                  style={{ left: `${((index + 0.5) / n) * 100}%`, top: `${y(stage.combined ?? 0)}%` }}
                  data-testid="curve-value"
                >
                  {stage.combined === null ? 'No cards' : `${feelingWord(stage.combined)} ${formatFeeling(stage.combined)}`}
                </span>
              ))}
            </div>
          </div>
        </div>
      ) : null}
      <div className="board-foot-bar">
        <button
          type="button"
          className="board-curve-toggle"
          aria-expanded={open}
          onClick={() => onToggle(!open)}
          title={open ? 'Hide the emotion curve' : 'Show how the customer feels at each stage'}
          data-testid="curve-toggle"
        >
          <span className="board-curve-chevron" aria-hidden="true">
            {open ? '▾' : '▴'}
          </span>
          <span id={headingId}>Emotion curve</span>
        </button>
        {open ? (
          <ul className="board-curve-legend" aria-label="Lines on the curve">
            <li>
              <span className="board-curve-key board-curve-key-all" aria-hidden="true" />
              All teams
            </li>
            {strip.teams.map((team) => (
              <li key={team.teamId}>
                <span className="board-curve-key" style={{ background: team.colour }} aria-hidden="true" />
                {team.name}
              </li>
            ))}
          </ul>
        ) : (
          <span className="board-curve-what">How the customer feels at each stage</span>
        )}
        {children}
      </div>
    </section>
  );
}
