/**
 * The board as plain data: which cards sit in which cell, in order, and
 * where a drop lands. Pure functions, so the drop rules are tested without a
 * browser. A drop's index follows the touchpoint/move command: the card's
 * final position among the other cards of its team in the cell.
 */
import type { Id, Touchpoint, Workshop } from '../../../shared/model';

export function cellKey(stageId: Id, channelId: Id): string {
  return `${stageId}\u0000${channelId}`;
}

/**
 * The board is one drop target and one draggable for dnd-kit, whatever its
 * size: which cell and which place in it are worked out from the pointer or
 * the arrow keys (drop-tracker.ts). Hooks per cell or per card would redraw
 * them all each time a drag starts, changes cell or ends.
 */
export const BOARD_DROPPABLE_ID = 'board';
export const BOARD_DRAGGABLE_ID = 'board-card';

/** The DndContext's id, which dnd-kit also gives its hidden how-to-drag text: every card points to it. */
export const DRAG_HELP_ID = 'board-drag-help';

export function paletteDraggableId(kind: string): string {
  return `palette\u0000${kind}`;
}

/** What a draggable carries in its dnd-kit `data`: a card on the board, or a kind from the palette. */
export type BoardItem =
  | { readonly type: 'card'; readonly touchpointId: Id; readonly teamId: Id; readonly stageId: Id; readonly channelId: Id }
  | { readonly type: 'palette'; readonly kind: string };

export function isBoardItem(value: unknown): value is BoardItem {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  const type = (value as { type: unknown }).type;
  return type === 'card' || type === 'palette';
}

/**
 * The `data` of the board's draggable: the board hands its drag to whichever
 * card was pressed (see use-board-draggable.ts), and says which one here.
 */
export class CardCarrier {
  private carried: BoardItem | null = null;

  carry(item: BoardItem): void {
    this.carried = item;
  }

  get item(): BoardItem | null {
    return this.carried;
  }
}

/** The item a dnd-kit `data` stands for: a card carried by the board, or a palette kind. */
export function itemOf(data: unknown): BoardItem | null {
  if (data instanceof CardCarrier) return data.item;
  return isBoardItem(data) ? data : null;
}

export function cardItem(touchpoint: Touchpoint): BoardItem & { type: 'card' } {
  const { id, teamId, stageId, channelId } = touchpoint;
  return { type: 'card', touchpointId: id, teamId, stageId, channelId };
}

/** The cards shown on the board (one team's, or every team's), cell by cell, in board order. */
export type CellMap = ReadonlyMap<string, readonly Touchpoint[]>;

const NO_CARDS: readonly Touchpoint[] = [];

/**
 * `teamId` null: every team's cards, grouped by team in `teamOrder` inside
 * each cell, so a team's cards stay together (a move's index counts among
 * the card's own team, so a dropped card always lands inside its group).
 */
export function buildCellMap(touchpoints: readonly Touchpoint[], teamId: Id | null, teamOrder: readonly Id[] = []): CellMap {
  const cells = new Map<string, Touchpoint[]>();
  for (const touchpoint of touchpoints) {
    if (teamId !== null && touchpoint.teamId !== teamId) continue;
    const key = cellKey(touchpoint.stageId, touchpoint.channelId);
    const list = cells.get(key);
    if (list) list.push(touchpoint);
    else cells.set(key, [touchpoint]);
  }
  if (teamId === null && teamOrder.length > 1) {
    const rank = new Map(teamOrder.map((id, i) => [id, i]));
    const rankOf = (card: Touchpoint) => rank.get(card.teamId) ?? teamOrder.length;
    for (const list of cells.values()) list.sort((a, b) => rankOf(a) - rankOf(b));
  }
  return cells;
}

export function cardsIn(cells: CellMap, stageId: Id, channelId: Id): readonly Touchpoint[] {
  return cells.get(cellKey(stageId, channelId)) ?? NO_CARDS;
}

/** One team's cards in a cell: the list a touchpoint/move index counts in. */
export function teamCardsIn(cells: CellMap, stageId: Id, channelId: Id, teamId: Id): readonly Touchpoint[] {
  return cardsIn(cells, stageId, channelId).filter((card) => card.teamId === teamId);
}

export interface DropPlace {
  readonly stageId: Id;
  readonly channelId: Id;
  /** Final position among the team's other cards in that cell. */
  readonly index: number;
}

/**
 * Where a card dropped by pointer lands in a cell: after every other card
 * (of the same team) whose middle is above the pointer. `middles` are those
 * cards' vertical centres in board order, the dragged card left out.
 */
export function indexAtPointer(middles: readonly number[], pointerY: number): number {
  let index = 0;
  for (const middle of middles) if (middle < pointerY) index += 1;
  return index;
}

/**
 * True when two cards look the same on the board. A snapshot from the host
 * brings new objects for every card; comparing what a card shows (not
 * which object it is) keeps the confirmation of a drop from redrawing all
 * 400. Extend this when a card shows more.
 */
export function sameCardLook(a: Touchpoint, b: Touchpoint): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.teamId === b.teamId &&
      a.title === b.title &&
      a.momentOfTruth === b.momentOfTruth &&
      a.feeling === b.feeling)
  );
}

/** True when two cells show the same cards in the same order (a cell that need not be drawn again). */
export function sameCards(a: readonly Touchpoint[], b: readonly Touchpoint[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((card, i) => {
    const other = b[i];
    return other !== undefined && sameCardLook(card, other);
  });
}

/** True when moving the card to `place` would leave the board as it is. */
export function isSamePlace(cells: CellMap, card: Touchpoint, place: DropPlace): boolean {
  if (card.stageId !== place.stageId || card.channelId !== place.channelId) return false;
  const cards = teamCardsIn(cells, card.stageId, card.channelId, card.teamId);
  return cards.findIndex((c) => c.id === card.id) === place.index;
}

/** Stage and channel names for announcements ("Buy, Web"). */
/** What the board reads of the workshop; it redraws when one of these changes and not otherwise. */
export type BoardSlice = Pick<Workshop, 'touchpoints' | 'stages' | 'channels' | 'teams'>;

export function placeName(workshop: Pick<Workshop, 'stages' | 'channels'>, stageId: Id, channelId: Id): string {
  const stage = workshop.stages.find((s) => s.id === stageId)?.name ?? 'an unknown stage';
  const channel = workshop.channels.find((c) => c.id === channelId)?.name ?? 'an unknown channel';
  return `${stage}, ${channel}`;
}
