/**
 * The Rate screen: one team scores touchpoints against every pillar of the
 * framework. The grid works like a small spreadsheet (type a score, arrows
 * to move); the hint bar explains the focused cell and offers the same
 * choices as buttons for mouse and touch users.
 */
import { useMemo, useRef, useState } from 'react';
import type { ScreenProps } from '../common/screen-props';
import { clampPosition, nextPosition, type CellIntent, type GridPosition } from './rating-keys';
import { rowsByStage, shownProgress, teamScoreLookup } from './rating-rows';
import { RatingGrid } from './RatingGrid';
import { RatingHintBar } from './RatingHintBar';
import { RatingSummary } from './RatingSummary';
import './rating.css';
import { useWorkshop } from '../../store/use-live-workshop';

export function RatingScreen({ dispatch, teamId }: ScreenProps) {
  const workshop = useWorkshop();
  const team = workshop.teams.find((t) => t.id === teamId);
  const pillars = workshop.framework.pillars;
  /** Own cards by default; every team's when the room wants to compare views. */
  const [showAll, setShowAll] = useState(false);
  const groups = useMemo(() => rowsByStage(workshop, showAll ? null : teamId), [workshop, teamId, showAll]);
  const rows = useMemo(() => groups.flatMap((g) => g.touchpoints), [groups]);
  const scoreOf = useMemo(() => teamScoreLookup(workshop, teamId), [workshop, teamId]);
  const progress = useMemo(
    () => shownProgress(rows, pillars.map((p) => p.id), scoreOf),
    [rows, pillars, scoreOf],
  );
  const noteOf = (touchpointId: string, pillarId: string) =>
    workshop.ratings.find((r) => r.teamId === teamId && r.touchpointId === touchpointId && r.pillarId === pillarId)
      ?.note ?? '';
  const teamsById = useMemo(() => new Map(workshop.teams.map((t) => [t.id, t])), [workshop.teams]);

  const [storedActive, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const [refusal, setRefusal] = useState<{ readonly at: GridPosition; readonly message: string } | null>(null);
  const cellRefs = useRef(new Map<string, HTMLButtonElement>());

  // Rows or pillars may have disappeared since the position was remembered.
  const active = clampPosition(storedActive, rows.length, pillars.length);
  const activeTouchpoint = rows[active.row];
  const activePillar = pillars[active.col];

  function focusCell(pos: GridPosition) {
    // A refusal belongs to the cell it happened in; moving on puts it away.
    if (pos.row !== active.row || pos.col !== active.col) setRefusal(null);
    setActive(pos);
    cellRefs.current.get(`${pos.row}:${pos.col}`)?.focus();
  }

  async function rate(pos: GridPosition, intent: Extract<CellIntent, { kind: 'set' | 'clear' }>) {
    const touchpoint = rows[pos.row];
    const pillar = pillars[pos.col];
    if (!touchpoint || !pillar) return;
    const ids = { teamId, touchpointId: touchpoint.id, pillarId: pillar.id };
    const outcome =
      intent.kind === 'set'
        ? await dispatch({ type: 'rating/set', ...ids, score: intent.score })
        : await dispatch({ type: 'rating/clear', ...ids });
    setRefusal(outcome.ok ? null : { at: pos, message: outcome.message });
  }

  function handleIntent(pos: GridPosition, intent: CellIntent) {
    if (intent.kind === 'move' || intent.kind === 'jump') {
      focusCell(nextPosition(pos, intent, rows.length, pillars.length));
    } else {
      void rate(pos, intent);
    }
  }

  return (
    <section className="rating-screen" aria-labelledby="rating-heading">
      <header className="rating-header">
        <h2 id="rating-heading" className="rating-title">
          Rate the touchpoints
          {team && (
            <span className="rating-team">
              <span className="rating-team-dot" style={{ background: team.color }} aria-hidden="true" />
              as {team.name}
            </span>
          )}
        </h2>
        {workshop.teams.length > 1 && (
          <label className="rating-scope">
            <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
            Also rate other teams&rsquo; touchpoints
          </label>
        )}
        <p className="rating-silent" data-testid="rating-silent">
          {workshop.ratingsRevealed
            ? 'Every team’s ratings are revealed: compare them on the Insights screen.'
            : 'Silent rating: other teams do not see these scores until the facilitator reveals them on Insights.'}
        </p>
      </header>
      <RatingSummary workshop={workshop} teamId={teamId} progress={progress} />

      {rows.length === 0 ? (
        <p className="rating-empty">
          {team ? team.name : 'This team'} has no touchpoints yet. Place some on the journey map first, then
          come back here to rate them.
        </p>
      ) : (
        <>
          <RatingGrid
            groups={groups}
            pillars={pillars}
            scoreOf={scoreOf}
            ownerOf={showAll ? (id) => teamsById.get(id) : () => undefined}
            active={active}
            invalidAt={refusal?.at ?? null}
            cellRefs={cellRefs}
            onFocusCell={setActive}
            onIntent={handleIntent}
          />
          {activeTouchpoint && activePillar && (
            <RatingHintBar
              touchpoint={activeTouchpoint}
              pillar={activePillar}
              value={scoreOf(activeTouchpoint.id, activePillar.id)}
              refusal={refusal?.message ?? null}
              onChoose={(intent) => handleIntent(active, intent)}
              note={noteOf(activeTouchpoint.id, activePillar.id)}
              onNote={async (note) => {
                const score = scoreOf(activeTouchpoint.id, activePillar.id);
                if (score === undefined) return 'Rate this cell first, then add a note.';
                const ids = { teamId, touchpointId: activeTouchpoint.id, pillarId: activePillar.id };
                const outcome = await dispatch({ type: 'rating/set', ...ids, score, note });
                return outcome.ok ? null : outcome.message;
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
