/**
 * The projector's views at wall scale, one component each, drawn from the
 * projection only (shared/present/projector.ts): what the room is doing and
 * how far it has got, the join code, and the reveal moments.
 */
import type { ReactNode } from 'react';
import type {
  ActivityProjection,
  HeatmapProjection,
  JoinProjection,
  PlanProjection,
  VotesProjection,
  WaitingProjection,
  WeakestProjection,
} from '../../../shared/present/projector';
import { andList } from '../../../shared/present/lists';
import { Countdown } from './Countdown';
import { scoreLegend, type ScoreLook } from '../../../shared/present/score-colours';
import { useScoreLook } from '../../ui';
import { heatColour } from './heat-colours';
import { addressFace, codeFace, codeSpoken, softHyphens, statusFace } from './wall-words';
import { formatScore as scoreFace } from '../../../shared/present/numbers';

/** Draws a QR code; the room's own drawing is handed in by the page's shell. */
export type RenderQr = (text: string, label: string) => ReactNode;

export function ActivityView({ body, hostNow }: { body: ActivityProjection; hostNow: number }) {
  return (
    <div className={`wall-activity${body.timer ? ' wall-activity-timed' : ''}`}>
      <div className="wall-activity-words">
        <p className="wall-kicker">Now</p>
        <h1 className="wall-phase" data-testid="projector-phase">
          {body.label}
        </h1>
        <p className="wall-instructions">{body.instructions}</p>
        {body.progress.length > 0 ? (
          <ul className="wall-progress" data-testid="projector-progress">
            {body.progress.map((line) => (
              <li key={line.words}>
                <span className="wall-figure">{line.figure}</span> <span className="wall-figure-words">{line.words}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {body.timer ? <Countdown timer={body.timer} hostNow={hostNow} size="wall" /> : null}
    </div>
  );
}

export function JoinView({ body, renderQr }: { body: JoinProjection; renderQr: RenderQr }) {
  const room = body.room;
  if (room === null) {
    return (
      <div className="wall-message">
        <h1 className="wall-heading">The room is not open yet</h1>
        <p className="wall-sentence">Open it with the Room button on the facilitator’s screen, and the code to join appears here.</p>
      </div>
    );
  }
  const address = addressFace(room.url);
  return (
    <div className="wall-join">
      <div className="wall-join-qr">{renderQr(room.joinUrl, 'QR code that opens the join page with the room code')}</div>
      <div className="wall-join-words">
        <h1 className="wall-heading">Join on your phone or laptop</h1>
        <p className="wall-sentence">Scan the code, or type the address and then the room code.</p>
        <p className="wall-label">Address</p>
        <p className="wall-address" data-testid="projector-address">
          <span className="wall-address-scheme">{address.scheme}</span>
          {address.rest}
        </p>
        <p className="wall-label">Room code</p>
        <p className="wall-code" data-testid="projector-code">
          <span aria-hidden="true">
            {codeFace(room.code).map((part) => (
              <span key={part}>{part}</span>
            ))}
          </span>
          <span className="visually-hidden">{codeSpoken(room.code)}</span>
        </p>
        <p className="wall-sentence" role="status">
          {room.devices === 0 ? 'Nobody has joined yet.' : room.devices === 1 ? 'One device has joined.' : `${room.devices} devices have joined.`}
        </p>
      </div>
    </div>
  );
}

export function HeatmapView({ body }: { body: HeatmapProjection }) {
  const look = useScoreLook();
  return (
    <div className="wall-reveal">
      <h1 className="wall-heading">How each stage scores on each pillar</h1>
      <table className="wall-heat" data-testid="projector-heatmap">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            {body.pillars.map((p) => (
              <th key={p.id} scope="col">
                {softHyphens(p.name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.stages.map((stage) => (
            <tr key={stage.id}>
              <th scope="row">{stage.name}</th>
              {stage.scores.map((score, i) => {
                const colour = heatColour(score, look);
                return (
                  <td
                    key={body.pillars[i]?.id ?? i}
                    className={colour ? 'wall-heat-cell' : 'wall-heat-cell wall-heat-empty'}
                    style={colour ? { background: colour.background, color: colour.text } : undefined}
                  >
                    {scoreFace(score)}
                    <span className="visually-hidden">{colour ? `, ${colour.band}` : ', not rated'}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <HeatLegend look={look} />
    </div>
  );
}

function HeatLegend({ look }: { readonly look: ScoreLook }) {
  return (
    <ul className="wall-legend" aria-label="What the colours mean">
      {scoreLegend(look).map((band) => (
        <li key={band.score}>
          <span className="wall-legend-swatch" style={{ background: band.background, color: band.text }}>
            {band.score}
          </span>
          {band.band}
        </li>
      ))}
    </ul>
  );
}

export function WeakestView({ body }: { body: WeakestProjection }) {
  const ties = body.stages.some((stage) => stage.pillars.length > 1);
  return (
    <div className="wall-reveal">
      <h1 className="wall-heading">{ties ? 'The weakest pillars at each stage' : 'The weakest pillar at each stage'}</h1>
      <ol className={`wall-weakest${body.stages.length > 4 ? ' wall-weakest-many' : ''}`} data-testid="projector-weakest">
        {body.stages.map((stage) => (
          <li key={stage.id} className={stage.pillars.length === 0 ? 'wall-weakest-stage wall-weakest-empty' : 'wall-weakest-stage'}>
            <span className="wall-weakest-name">{stage.name}</span>
            {stage.pillars.length === 0 ? (
              <span className="wall-weakest-none">Nothing rated here</span>
            ) : (
              <>
                {/* A tie names every pillar in it: the room should see them all, not the first in the list. */}
                <span className={stage.pillars.length > 1 ? 'wall-weakest-pillar wall-weakest-tied' : 'wall-weakest-pillar'}>
                  {softHyphens(andList(stage.pillars))}
                </span>
                <span className="wall-weakest-score">
                  {stage.pillars.length > 1 ? `tied at ${scoreFace(stage.average)} of 5` : `${scoreFace(stage.average)} of 5`}
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function VotesView({ body }: { body: VotesProjection }) {
  const ties = body.rows.some((row) => row.tied);
  return (
    <div className="wall-reveal">
      <h1 className="wall-heading">{body.round === 0 ? 'The vote' : `The vote, after runoff ${body.round}`}</h1>
      {body.rows.length === 0 ? (
        <p className="wall-sentence">No fixes were put to the vote.</p>
      ) : (
        <ol className="wall-votes" data-testid="projector-votes">
          {body.rows.map((row) => (
            <li key={row.fixId} className={row.tied ? 'wall-vote wall-vote-tied' : 'wall-vote'}>
              <span className="wall-vote-place">{row.place}</span>
              <span className="wall-vote-title">
                {row.title}
                {row.team ? <span className="wall-vote-team"> · {row.team}</span> : null}
              </span>
              <span className="wall-vote-dots">
                <span className="wall-vote-number">{row.dots}</span> {row.dots === 1 ? 'dot' : 'dots'}
                {row.roundWords ? ` ${row.roundWords}` : null}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="wall-footnote">
        {[ties ? 'Equal dots share a place: the room decides.' : '', body.more > 0 ? `${body.more} more on the Vote screen.` : '']
          .filter(Boolean)
          .join(' ')}
      </p>
    </div>
  );
}

export function PlanView({ body }: { body: PlanProjection }) {
  return (
    <div className="wall-reveal">
      <h1 className="wall-heading">The action plan</h1>
      {body.rows.length === 0 ? (
        <p className="wall-sentence">No actions yet: the winning fixes become actions on the Plan screen.</p>
      ) : (
        <ol className="wall-plan" data-testid="projector-plan">
          {body.rows.map((row, i) => (
            <li key={row.id} className="wall-plan-action">
              <span className="wall-plan-number">{i + 1}</span>
              <span className="wall-plan-title">{row.title}</span>
              <span className="wall-plan-owner">{row.owner === '' ? 'Owner needed' : row.owner}</span>
              <span className="wall-plan-due">{row.due || 'No date yet'}</span>
              <span className={`wall-plan-status wall-plan-${row.status}`}>{statusFace(row.status)}</span>
            </li>
          ))}
        </ol>
      )}
      {body.more > 0 ? <p className="wall-footnote">{`${body.more} more ${body.more === 1 ? 'action' : 'actions'} in the plan.`}</p> : null}
    </div>
  );
}

export function WaitingView({ body }: { body: WaitingProjection }) {
  return (
    <div className="wall-message" data-testid="projector-waiting">
      <h1 className="wall-heading">{body.heading}</h1>
      <p className="wall-sentence">{body.sentence}</p>
    </div>
  );
}
