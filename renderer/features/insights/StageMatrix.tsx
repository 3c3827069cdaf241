/**
 * Stage × pillar: where in the journey each pillar is weak, the weakest
 * pillar of each stage named in words (every one, when pillars tie), and
 * each stage's weighted index.
 */
import { Fragment } from 'react';
import type { Pillar } from '../../../shared/model';
import type { StageIndex, StageScore, WeakestPillar } from '../../../shared/selectors';
import { formatIndex, formatScore } from '../../../shared/present/numbers';
import { useScoreLook } from '../../ui';
import { HeatCell } from './HeatRow';

interface StageMatrixProps {
  readonly stages: readonly StageScore[];
  readonly weakest: readonly WeakestPillar[];
  readonly indexes: readonly StageIndex[];
  readonly pillars: readonly Pillar[];
}

export function StageMatrix({ stages, weakest, indexes, pillars }: StageMatrixProps) {
  const look = useScoreLook();
  return (
    <section className="insight-panel" aria-labelledby="stage-matrix-heading">
      <h3 id="stage-matrix-heading" className="insight-heading">
        Stages × pillars
      </h3>
      <div className="insight-scroll">
        <table className="heat-table" data-testid="stage-matrix">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              {pillars.map((p) => (
                <th key={p.id} scope="col">
                  {p.name}
                </th>
              ))}
              <th scope="col">Index</th>
              <th scope="col">Weakest pillar</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((row, i) => {
              const weak = weakest[i];
              return (
                <tr key={row.stage.id}>
                  <th scope="row">{row.stage.name}</th>
                  {row.pillars.map((cell) => (
                    <HeatCell key={cell.pillarId} average={cell.average} count={cell.ratingCount} look={look} />
                  ))}
                  <td className="stage-index">{formatIndex(indexes[i]?.index ?? null)}</td>
                  <td className="stage-weakest">
                    {weak && weak.pillars.length > 0 ? (
                      <>
                        {/* A tie names every pillar in it, in the framework's order. */}
                        {weak.pillars.map((pillar, k) => (
                          <Fragment key={pillar.id}>
                            {k === 0 ? '' : k === weak.pillars.length - 1 ? ' and ' : ', '}
                            <strong>{pillar.name}</strong>
                          </Fragment>
                        ))}{' '}
                        ({weak.pillars.length > 1 ? `tied at ${formatScore(weak.average)}` : formatScore(weak.average)})
                      </>
                    ) : (
                      <span className="muted">nothing rated</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
