/**
 * The Map phase: one team's touchpoints on the stages × channels grid. Cards
 * come from the palette or the "+" in a cell, move by pointer or keyboard,
 * and every drop is one touchpoint/move (never one per pointer move).
 */
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Touchpoint } from '../../../shared/model';
import { EmptyState, useNotify } from '../../ui';
import type { ScreenProps } from '../common/screen-props';
import { buildCellMap, placeName, type BoardSlice } from './board-layout';
import { BoardDragArea, BoardDragBinding, DragPresses } from './BoardDragArea';
import { BoardGrid } from './BoardGrid';
import { BoardCardEditing } from './BoardCardEditing';
import { BoardEmotionCurve } from './BoardEmotionCurve';
import { BoardViewControls } from './BoardViewControls';
import { CardFace } from './CardFace';
import { Palette } from './Palette';
import { cardTeams } from './team-tags';
import { TeamLens, type Lens } from './TeamLens';
import './board.css';
import './board-view.css';
import { useBoardView } from './use-board-view';
import { useBoardDrag } from './use-board-drag';
import { OVERVIEW_CLASS, useBoardZoom } from './use-board-zoom';
import { useWorkshopSelector } from '../../store/use-live-workshop';

export function BoardScreen({ dispatch, teamId }: ScreenProps) {
  // The board reads only these; a change elsewhere (a rating, a vote) does not redraw it.
  const touchpoints = useWorkshopSelector((w) => w.touchpoints);
  const stages = useWorkshopSelector((w) => w.stages);
  const channels = useWorkshopSelector((w) => w.channels);
  const allTeams = useWorkshopSelector((w) => w.teams);
  const board: BoardSlice = useMemo(() => ({ touchpoints, stages, channels, teams: allTeams }), [touchpoints, stages, channels, allTeams]);
  const { toast, announce } = useNotify();
  const [editingId, setEditingId] = useState<string | null>(null);
  const view = useBoardView();
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [presses] = useState(() => new DragPresses());
  const { zoom, overview } = useBoardZoom(view.zoom, rootRef, scrollRef);

  const team = allTeams.find((t) => t.id === teamId);
  const colour = team?.color ?? '#4d4d4d';
  const [lens, setLens] = useState<Lens>('team');
  const shownTeam = lens === 'all' ? null : teamId;
  const teamOrder = useMemo(() => allTeams.map((t) => t.id), [allTeams]);
  const send = useCallback(
    async (command: ClientCommand): Promise<string | null> => {
      const outcome = await dispatch(command);
      if (outcome.ok) return null;
      toast(outcome.message, 'error');
      return outcome.message;
    },
    [dispatch, toast],
  );
  const cells = useMemo(() => buildCellMap(touchpoints, shownTeam, teamOrder), [touchpoints, shownTeam, teamOrder]);
  const teamCardCount = useMemo(() => [...cells.values()].reduce((n, list) => n + list.length, 0), [cells]);
  const teams = useMemo(() => cardTeams(allTeams, shownTeam), [allTeams, shownTeam]);
  const findCard = useCallback((id: string) => touchpoints.find((t) => t.id === id), [touchpoints]);

  const { active, drag, context } = useBoardDrag({ workshop: board, cells, teamId, findCard, send, toast });

  const onAdd = useCallback(
    async (stageId: string, channelId: string, title: string): Promise<string | null> => {
      const outcome = await dispatch({ type: 'touchpoint/add', teamId, stageId, channelId, title });
      if (!outcome.ok) return outcome.message;
      announce(`Added '${title}' in ${placeName({ stages, channels }, stageId, channelId)}.`);
      return null;
    },
    // Not the whole workshop: a new onAdd would redraw every cell after each change.
    [announce, dispatch, teamId, stages, channels],
  );

  if (stages.length === 0 || channels.length === 0) {
    return (
      <EmptyState title="The journey has no grid yet">
        <p>Add at least one stage and one channel in the Frame phase; the board then shows one cell for each pair.</p>
      </EmptyState>
    );
  }

  return (
    <div
      ref={rootRef}
      className={`board-screen board-view${view.highContrast ? ' board-high-contrast' : ''}${view.zoom === 'fit' ? ' board-fitting' : ''}${overview ? ` ${OVERVIEW_CLASS}` : ''}`}
      style={{ '--board-zoom': zoom } as CSSProperties}
      data-testid="board-view"
    >
      {/* Only what reads dnd-kit's context goes inside it: the grid stays outside (see BoardDragArea). */}
      <DndContext {...context}>
        <BoardDragBinding findCard={findCard} presses={presses} />
        <div className="board-toolbar">
          <Palette />
          <TeamLens lens={lens} onChange={setLens} team={team} teams={allTeams} />
        </div>
        <DragOverlay dropAnimation={null} className="board-drag-overlay">
          {active?.type === 'card' ? (
            <OverlayCard card={findCard(active.touchpointId)} colour={teams.get(active.teamId)?.colour ?? colour} />
          ) : null}
          {active?.type === 'palette' ? (
            <div className="card card-overlay" style={{ borderLeftColor: colour }}>
              <span className="card-title">{active.kind}</span>
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {teamCardCount === 0 && lens === 'team' ? (
        <p className="board-hint">
          No touchpoints yet for {team?.name ?? 'this team'}. Drag a kind of touchpoint from above into a cell, or press +
          in a cell and type a title.
        </p>
      ) : null}
      {overview ? (
        <p className="board-hint board-overview-note" role="status" data-testid="board-overview-note">
          Too many cards to read at this size — showing an overview. Zoom in to read the cards.
        </p>
      ) : null}
      <div className="board-scroll" ref={scrollRef}>
        <BoardDragArea areaRef={presses.attachArea} pressHandlers={presses.props}>
          <BoardGrid
            stages={stages}
            channels={channels}
            cells={cells}
            teams={teams}
            drag={drag}
            onOpen={setEditingId}
            onAdd={onAdd}
          />
        </BoardDragArea>
      </div>
      <BoardEmotionCurve board={board} open={view.curveOpen} onToggle={view.setCurveOpen} scrollRef={scrollRef}>
        <BoardViewControls view={view} zoom={zoom} />
      </BoardEmotionCurve>
      <BoardCardEditing
        board={board}
        editingId={editingId}
        onClose={() => setEditingId(null)}
        onOpen={setEditingId}
        send={send}
        dispatch={dispatch}
      />
    </div>
  );
}

/** The card as it follows the pointer (or the arrow keys) during a drag. */
function OverlayCard({ card, colour }: { card: Touchpoint | undefined; colour: string }) {
  if (!card) return null;
  return (
    <div className="card card-overlay" style={{ borderLeftColor: colour }}>
      <CardFace title={card.title} momentOfTruth={card.momentOfTruth} feeling={card.feeling} />
    </div>
  );
}
