/**
 * The kinds of touchpoint a team can drag onto the board. Dropping one makes
 * a card with that title, ready to be renamed to the real thing.
 */
import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { PlusIcon } from '../../ui';
import { paletteDraggableId, type BoardItem } from './board-layout';
import { PALETTE_KINDS } from './touchpoint-kinds';


const PaletteItem = memo(function PaletteItem({ kind }: { kind: string }) {
  const data: BoardItem = { type: 'palette', kind };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: paletteDraggableId(kind), data });
  return (
    <li>
      <div
        ref={setNodeRef}
        {...attributes}
        {...listeners}
        aria-roledescription="new touchpoint"
        aria-label={`New '${kind}' card`}
        className={`palette-item${isDragging ? ' palette-item-dragging' : ''}`}
        data-testid={`palette-${kind}`}
      >
        <span className="palette-plus">
          <PlusIcon size={14} />
        </span>
        {kind}
      </div>
    </li>
  );
});

export function Palette() {
  return (
    <div className="palette">
      <span className="palette-label" id="palette-label">
        Drag onto the board:
      </span>
      <ul className="palette-list" aria-labelledby="palette-label">
        {PALETTE_KINDS.map((kind) => (
          <PaletteItem key={kind} kind={kind} />
        ))}
      </ul>
    </div>
  );
}
