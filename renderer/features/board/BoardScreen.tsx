/**
 * The Map phase: one team's touchpoints on the stages × channels grid. Cards
 * come from the palette or the "+" in a cell, move by pointer or keyboard,
 * and every drop is one touchpoint/move (never one per pointer move).
 */
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Touchpoint } from '../../../shared/model';
import { EmptyState, useNotify } from '../../ui';
import type { ScreenProps } from '../screen-props';
import { makeAnnouncements, SCREEN_READER_INSTRUCTIONS } from './board-announcements';
import { KeyboardNav } from './board-keyboard';
import { buildCellMap, cellKey, isBoardItem, isSamePlace, placeName, resolveDrop, type BoardItem } from './board-layout';
import { BoardGrid } from './BoardGrid';
import { BoardCardEditing } from './BoardCardEditing';
import { BoardEmotionCurve } from './BoardEmotionCurve';
import { BoardViewControls } from './BoardViewControls';
import { CardFace } from './CardFace';
import { Palette } from './Palette';
import './board.css';
import './board-view.css';
import { useBoardView } from './use-board-view';
import { useBoardZoom } from './use-board-zoom';

/**
 * Measure the cells throughout a drag, not once at its start: a drop can
 * change the layout (the first card hides the "no touchpoints yet" hint and
 * the grid moves up), and a drag that starts right after must not judge by
 * where the cells used to be. 42 cells are cheap to measure.
 */
const MEASURING = { droppable: { strategy: MeasuringStrategy.Always } } as const;

const KEYBOARD_CODES = { start: ['Space', 'Enter'], cancel: ['Escape'], end: ['Space', 'Enter'] };

export function BoardScreen({ workshop, dispatch, teamId }: ScreenProps) {
  const { toast, announce } = useNotify();
  const [nav] = useState(() => new KeyboardNav());
  const [active, setActive] = useState<BoardItem | null>(null);
  const [overCell, setOverCell] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const view = useBoardView();
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const zoom = useBoardZoom(view.zoom, rootRef, scrollRef);

  const team = workshop.teams.find((t) => t.id === teamId);
  const colour = team?.color ?? '#4d4d4d';
  const cells = useMemo(() => buildCellMap(workshop.touchpoints, teamId), [workshop.touchpoints, teamId]);
  const teamCardCount = useMemo(() => [...cells.values()].reduce((n, list) => n + list.length, 0), [cells]);

  useEffect(() => {
    nav.setLayout({
      stageIds: workshop.stages.map((s) => s.id),
      channelIds: workshop.channels.map((c) => c.id),
      cells,
    });
  }, [nav, workshop.stages, workshop.channels, cells]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: nav.coordinateGetter, keyboardCodes: KEYBOARD_CODES }),
  );
  const announcements = useMemo(() => makeAnnouncements(workshop), [workshop]);

  const send = useCallback(
    async (command: ClientCommand): Promise<string | null> => {
      const outcome = await dispatch(command);
      if (outcome.ok) return null;
      toast(outcome.message, 'error');
      return outcome.message;
    },
    [dispatch, toast],
  );

  const onAdd = useCallback(
    async (stageId: string, channelId: string, title: string): Promise<string | null> => {
      const outcome = await dispatch({ type: 'touchpoint/add', teamId, stageId, channelId, title });
      if (!outcome.ok) return outcome.message;
      announce(`Added '${title}' in ${placeName(workshop, stageId, channelId)}.`);
      return null;
    },
    [announce, dispatch, teamId, workshop],
  );

  function reset(): void {
    nav.stop();
    setActive(null);
    setOverCell(null);
  }

  function onDragStart(event: DragStartEvent): void {
    const item: unknown = event.active.data.current;
    if (!isBoardItem(item)) return;
    nav.start(item);
    setActive(item);
  }

  function onDragOver(event: DragOverEvent): void {
    const item: unknown = event.over?.data.current;
    setOverCell(isBoardItem(item) && item.type !== 'palette' ? cellKey(item.stageId, item.channelId) : null);
  }

  function onDragEnd(event: DragEndEvent): void {
    const item: unknown = event.active.data.current;
    const target: unknown = event.over?.data.current;
    const byKeyboard = event.activatorEvent instanceof KeyboardEvent;
    reset();
    if (!isBoardItem(item) || !isBoardItem(target)) return;
    const draggedId = item.type === 'card' ? item.touchpointId : null;
    const place = resolveDrop(cells, draggedId, target);
    if (!place) return;
    if (item.type === 'palette') {
      void send({ type: 'touchpoint/add', teamId, title: item.kind, ...place });
      return;
    }
    if (item.type !== 'card') return;
    const card = workshop.touchpoints.find((t) => t.id === item.touchpointId);
    if (!card || isSamePlace(cells, card, place)) return;
    void send({ type: 'touchpoint/move', touchpointId: card.id, ...place }).then((refusal) => {
      // A card that moved to another cell is a new element there: give it the keyboard focus back.
      if (refusal === null && byKeyboard) {
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(card.id)}"]`)?.focus());
      }
    });
  }

  if (workshop.stages.length === 0 || workshop.channels.length === 0) {
    return (
      <EmptyState title="The journey has no grid yet">
        <p>Add at least one stage and one channel in the Frame phase; the board then shows one cell for each pair.</p>
      </EmptyState>
    );
  }

  return (
    <div
      ref={rootRef}
      className={`board-screen board-view${view.highContrast ? ' board-high-contrast' : ''}${view.zoom === 'fit' ? ' board-fitting' : ''}`}
      style={{ '--board-zoom': zoom } as CSSProperties}
      data-testid="board-view"
    >
      <DndContext
        sensors={sensors}
        measuring={MEASURING}
        collisionDetection={nav.collisionDetection}
        accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={reset}
      >
        <div className="board-toolbar">
          <Palette />
        </div>
        {teamCardCount === 0 ? (
          <p className="board-hint">
            No touchpoints yet for {team?.name ?? 'this team'}. Drag a kind of touchpoint from above into a cell, or press
            + in a cell and type a title.
          </p>
        ) : null}
        <div className="board-scroll" ref={scrollRef}>
          <BoardGrid
            stages={workshop.stages}
            channels={workshop.channels}
            cells={cells}
            colour={colour}
            overCell={overCell}
            onOpen={setEditingId}
            onAdd={onAdd}
          />
        </div>
        <BoardEmotionCurve workshop={workshop} open={view.curveOpen} onToggle={view.setCurveOpen} scrollRef={scrollRef}>
          <BoardViewControls view={view} zoom={zoom} />
        </BoardEmotionCurve>
        <DragOverlay dropAnimation={null}>
          {active?.type === 'card' ? (
            <OverlayCard card={workshop.touchpoints.find((t) => t.id === active.touchpointId)} colour={colour} />
          ) : null}
          {active?.type === 'palette' ? (
            <div className="card card-overlay" style={{ borderLeftColor: colour }}>
              <span className="card-title">{active.kind}</span>
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      <BoardCardEditing workshop={workshop} editingId={editingId} onClose={() => setEditingId(null)} send={send} />
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
