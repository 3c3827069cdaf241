/**
 * A bare @dnd-kit board for bench/board-drag.ts: the same grid (8 stages ×
 * 6 channels) and the same number of cards as the large fixture, a pointer
 * sensor with the app's 5 px activation distance and a drag overlay, but no
 * app around it. Its drag frames show what the library costs on its own, so
 * the app's figure can be read against it.
 */
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { memo, useState } from 'react';
import { createRoot } from 'react-dom/client';

const STAGES = 8;
const CHANNELS = 6;
const CARDS = 400;

interface Card {
  readonly id: string;
  readonly cell: string;
}

const cellIds = Array.from({ length: STAGES * CHANNELS }, (_, i) => `cell-${Math.floor(i / STAGES)}-${i % STAGES}`);
const initialCards: Card[] = Array.from({ length: CARDS }, (_, i) => ({ id: `card-${i}`, cell: cellIds[i % cellIds.length] ?? '' }));

const DraggableCard = memo(function DraggableCard({ id }: { id: string }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id });
  return (
    <div ref={setNodeRef} className="card" data-testid="card" data-card-id={id} style={{ opacity: isDragging ? 0.4 : 1 }} {...attributes} {...listeners}>
      {id}
    </div>
  );
});

function Cell({ id, cards, over }: { id: string; cards: readonly Card[]; over: boolean }) {
  const { setNodeRef } = useDroppable({ id });
  return (
    <div ref={setNodeRef} className={over ? 'cell cell-over' : 'cell'} data-testid={id}>
      {cards.map((card) => (
        <DraggableCard key={card.id} id={card.id} />
      ))}
    </div>
  );
}

function Board() {
  const [cards, setCards] = useState(initialCards);
  const [active, setActive] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const onDragStart = (event: DragStartEvent) => setActive(String(event.active.id));
  const onDragOver = (event: DragOverEvent) => setOver(event.over ? String(event.over.id) : null);
  const onDragEnd = (event: DragEndEvent) => {
    setActive(null);
    setOver(null);
    const target = event.over ? String(event.over.id) : null;
    if (target) setCards((all) => all.map((card) => (card.id === event.active.id ? { ...card, cell: target } : card)));
  };
  return (
    <DndContext sensors={sensors} onDragStart={onDragStart} onDragOver={onDragOver} onDragEnd={onDragEnd}>
      <div className="grid">
        {cellIds.map((id) => (
          <Cell key={id} id={id} over={over === id} cards={cards.filter((card) => card.cell === id)} />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>{active ? <div className="card">{active}</div> : null}</DragOverlay>
    </DndContext>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Board />);
