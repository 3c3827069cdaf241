/**
 * The board as plain data: which of one team's cards sit in which cell, in
 * order, and where a drop lands. Pure functions, so the drop rules are tested
 * without a browser. A drop's index follows the touchpoint/move command: the
 * card's final position among the other cards of that team in the cell.
 */
import type { Id, Touchpoint, Workshop } from '../../../shared/model';

export function cellKey(stageId: Id, channelId: Id): string {
  return `${stageId}\u0000${channelId}`;
}

/** Droppable id of a cell; card droppables use the touchpoint's id as it is. */
export function cellDroppableId(stageId: Id, channelId: Id): string {
  return `cell\u0000${stageId}\u0000${channelId}`;
}

export function paletteDraggableId(kind: string): string {
  return `palette\u0000${kind}`;
}

/** What a draggable or droppable carries in its dnd-kit `data`. */
export type BoardItem =
  | { readonly type: 'card'; readonly touchpointId: Id; readonly stageId: Id; readonly channelId: Id }
  | { readonly type: 'cell'; readonly stageId: Id; readonly channelId: Id }
  | { readonly type: 'palette'; readonly kind: string };

export function isBoardItem(value: unknown): value is BoardItem {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  const type = (value as { type: unknown }).type;
  return type === 'card' || type === 'cell' || type === 'palette';
}

/** One team's cards, cell by cell, in their order on the board. */
export type CellMap = ReadonlyMap<string, readonly Touchpoint[]>;

const NO_CARDS: readonly Touchpoint[] = [];

export function buildCellMap(touchpoints: readonly Touchpoint[], teamId: Id): CellMap {
  const cells = new Map<string, Touchpoint[]>();
  for (const touchpoint of touchpoints) {
    if (touchpoint.teamId !== teamId) continue;
    const key = cellKey(touchpoint.stageId, touchpoint.channelId);
    const list = cells.get(key);
    if (list) list.push(touchpoint);
    else cells.set(key, [touchpoint]);
  }
  return cells;
}

export function cardsIn(cells: CellMap, stageId: Id, channelId: Id): readonly Touchpoint[] {
  return cells.get(cellKey(stageId, channelId)) ?? NO_CARDS;
}

export interface DropPlace {
  readonly stageId: Id;
  readonly channelId: Id;
  /** Final position among the team's other cards in that cell. */
  readonly index: number;
}

/**
 * Where a dragged card or palette item lands. Over a card: in that card's
 * place (inside its own cell the card swaps into the spot, as a sortable list
 * does; in another cell it goes just before that card). Over a cell: at the
 * end of it.
 */
export function resolveDrop(cells: CellMap, draggedCardId: Id | null, over: BoardItem): DropPlace | null {
  if (over.type === 'palette') return null;
  const cards = cardsIn(cells, over.stageId, over.channelId);
  if (over.type === 'cell') {
    const others = cards.filter((card) => card.id !== draggedCardId);
    return { stageId: over.stageId, channelId: over.channelId, index: others.length };
  }
  const index = cards.findIndex((card) => card.id === over.touchpointId);
  if (index < 0) return null;
  return { stageId: over.stageId, channelId: over.channelId, index };
}

/** True when moving the card to `place` would leave the board as it is. */
export function isSamePlace(cells: CellMap, card: Touchpoint, place: DropPlace): boolean {
  if (card.stageId !== place.stageId || card.channelId !== place.channelId) return false;
  const cards = cardsIn(cells, card.stageId, card.channelId);
  return cards.findIndex((c) => c.id === card.id) === place.index;
}

/** Stage and channel names for announcements ("Buy, Web"). */
export function placeName(workshop: Workshop, stageId: Id, channelId: Id): string {
  const stage = workshop.stages.find((s) => s.id === stageId)?.name ?? 'an unknown stage';
  const channel = workshop.channels.find((c) => c.id === channelId)?.name ?? 'an unknown channel';
  return `${stage}, ${channel}`;
}
