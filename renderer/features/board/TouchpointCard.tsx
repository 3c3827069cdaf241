/**
 * A card on the board that can be picked up (pointer or Space), moved
 * between cells and within its cell, and opened for editing (click or
 * Enter).
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type KeyboardEvent } from 'react';
import type { Touchpoint } from '../../../shared/model';
import type { BoardItem } from './board-layout';
import { CardFace, cardLabel } from './CardFace';

export interface TouchpointCardProps {
  readonly touchpoint: Touchpoint;
  readonly colour: string;
  readonly onOpen: (touchpointId: string) => void;
}

export const TouchpointCard = memo(function TouchpointCard({ touchpoint, colour, onOpen }: TouchpointCardProps) {
  const data: BoardItem = {
    type: 'card',
    touchpointId: touchpoint.id,
    stageId: touchpoint.stageId,
    channelId: touchpoint.channelId,
  };
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: touchpoint.id,
    data,
  });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault();
      onOpen(touchpoint.id);
      return;
    }
    listeners?.['onKeyDown']?.(event);
  }

  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      aria-roledescription="touchpoint card"
      aria-label={cardLabel(touchpoint.title, touchpoint.momentOfTruth, touchpoint.feeling)}
      data-testid="card"
      data-card-id={touchpoint.id}
      className={`card${isDragging ? ' card-placeholder' : ''}${touchpoint.momentOfTruth ? ' card-truth-marked' : ''}`}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        borderLeftColor: colour,
      }}
      onClick={() => onOpen(touchpoint.id)}
    >
      <CardFace title={touchpoint.title} momentOfTruth={touchpoint.momentOfTruth} feeling={touchpoint.feeling} />
    </div>
  );
});
