/**
 * Where a drag would land: a cell and a place among its team's cards.
 *
 * dnd-kit sees the whole board as one drop target (see board-layout.ts);
 * this tracker works out the cell and the place, and its collision
 * detection tells dnd-kit "over the board" only while there is one.
 *
 * - Pointer drags (mouse, pen, touch): the cell under the pointer, and the
 *   place after every card whose middle is above the pointer.
 * - Keyboard drags: the arrow keys walk the grid the way a person reads it:
 *   Up/Down through the places in a cell and on to the next row, Left/Right
 *   to the neighbouring stage. dnd-kit's own keyboard helper guesses from
 *   rectangles, which wanders on a grid.
 */
import type { ClientRect, CollisionDetection, KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { Coordinates } from '@dnd-kit/utilities';
import type { Id } from '../../../shared/model';
import { pageDom, type BoardDom, type CellRef } from './board-dom';
import { BOARD_DROPPABLE_ID, indexAtPointer, teamCardsIn, type BoardItem, type CellMap, type DropPlace } from './board-layout';

export interface GridLayout {
  readonly stageIds: readonly Id[];
  readonly channelIds: readonly Id[];
  readonly cells: CellMap;
  /** The team a card from the palette joins. */
  readonly teamId: Id;
}

interface Slot {
  readonly stage: number;
  readonly channel: number;
  /** Final position among the other cards of the team in the cell. */
  readonly index: number;
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

export class DropTracker {
  private layout: GridLayout = { stageIds: [], channelIds: [], cells: new Map(), teamId: '' };
  private activeCardId: Id | null = null;
  private teamId: Id = '';
  /** The keyboard's place, while a drag is on. */
  private slot: Slot | null = null;
  /** The pointer's place, once a pointer has moved in this drag (then the keyboard's place no longer counts). */
  private pointed: DropPlace | null = null;
  private byPointer = false;

  constructor(private readonly dom: BoardDom = pageDom) {}

  setLayout(layout: GridLayout): void {
    this.layout = layout;
  }

  /** A drag began with this item. */
  start(item: BoardItem): void {
    const { stageIds, channelIds, cells } = this.layout;
    this.pointed = null;
    this.byPointer = false;
    if (item.type === 'card') {
      this.activeCardId = item.touchpointId;
      this.teamId = item.teamId;
      const stage = stageIds.indexOf(item.stageId);
      const channel = channelIds.indexOf(item.channelId);
      const index = teamCardsIn(cells, item.stageId, item.channelId, item.teamId).findIndex((c) => c.id === item.touchpointId);
      this.slot = { stage, channel, index: Math.max(0, index) };
    } else {
      this.activeCardId = null;
      this.teamId = this.layout.teamId;
      this.slot = { stage: 0, channel: 0, index: this.lastIndex(0, 0) };
    }
  }

  stop(): void {
    this.activeCardId = null;
    this.slot = null;
    this.pointed = null;
    this.byPointer = false;
  }

  /** Where the drag would land now, or null (outside the board, or no drag). */
  place(): DropPlace | null {
    if (this.byPointer) return this.pointed;
    if (this.slot === null) return null;
    const stageId = this.layout.stageIds[this.slot.stage];
    const channelId = this.layout.channelIds[this.slot.channel];
    if (stageId === undefined || channelId === undefined) return null;
    return { stageId, channelId, index: this.slot.index };
  }

  /** The team whose cards the place counts among, and the dragged card (left out of them). */
  dragged(): { readonly teamId: Id; readonly cardId: Id | null } {
    return { teamId: this.teamId, cardId: this.activeCardId };
  }

  /** True while the arrow keys choose the place. */
  byKeyboard(): boolean {
    return this.slot !== null && !this.byPointer;
  }

  /** The ids of the team's cards in a cell, and whether the dragged card came from there. */
  private cellCards(stage: number, channel: number): { ids: readonly Id[]; home: boolean } {
    const stageId = this.layout.stageIds[stage];
    const channelId = this.layout.channelIds[channel];
    if (stageId === undefined || channelId === undefined) return { ids: [], home: false };
    const ids = teamCardsIn(this.layout.cells, stageId, channelId, this.teamId).map((c) => c.id);
    const home = this.activeCardId !== null && ids.includes(this.activeCardId);
    return { ids, home };
  }

  private lastIndex(stage: number, channel: number): number {
    const { ids, home } = this.cellCards(stage, channel);
    // In its own cell the card can take any of the places, including its own; elsewhere also the end.
    return home ? ids.length - 1 : ids.length;
  }

  private cellOf(slot: Slot): CellRef | null {
    const stageId = this.layout.stageIds[slot.stage];
    const channelId = this.layout.channelIds[slot.channel];
    return stageId === undefined || channelId === undefined ? null : { stageId, channelId };
  }

  private next(slot: Slot, key: string): Slot {
    const lastStage = this.layout.stageIds.length - 1;
    const lastChannel = this.layout.channelIds.length - 1;
    switch (key) {
      case 'ArrowDown':
        if (slot.index < this.lastIndex(slot.stage, slot.channel)) return { ...slot, index: slot.index + 1 };
        if (slot.channel < lastChannel) return { ...slot, channel: slot.channel + 1, index: 0 };
        return slot;
      case 'ArrowUp':
        if (slot.index > 0) return { ...slot, index: slot.index - 1 };
        if (slot.channel > 0) {
          return { ...slot, channel: slot.channel - 1, index: this.lastIndex(slot.stage, slot.channel - 1) };
        }
        return slot;
      case 'ArrowRight':
        if (slot.stage < lastStage) {
          const stage = slot.stage + 1;
          return { ...slot, stage, index: this.lastIndex(stage, slot.channel) };
        }
        return slot;
      case 'ArrowLeft':
        if (slot.stage > 0) {
          const stage = slot.stage - 1;
          return { ...slot, stage, index: this.lastIndex(stage, slot.channel) };
        }
        return slot;
      default:
        return slot;
    }
  }

  /**
   * Where the lifted card is drawn for a slot: over the card whose place it
   * takes, or just below the cell's last card (so it does not hide the others).
   */
  private pointFor(slot: Slot, cellRect: ClientRect): Coordinates {
    const { ids, home } = this.cellCards(slot.stage, slot.channel);
    // Away from home, slot i is "before card i"; at home it is the place of the card now at i.
    const placeOf = ids[slot.index];
    const taken = placeOf === undefined ? undefined : this.dom.cardRect(placeOf);
    if (taken && (home || placeOf !== this.activeCardId)) return { x: taken.left, y: taken.top };
    const lastId = ids.filter((id) => id !== this.activeCardId).at(-1);
    const last = lastId === undefined ? undefined : this.dom.cardRect(lastId);
    return { x: cellRect.left + 6, y: last ? last.bottom + 6 : cellRect.top + 4 };
  }

  readonly coordinateGetter: KeyboardCoordinateGetter = (event) => {
    if (!ARROWS.has(event.code) || this.slot === null) return undefined;
    event.preventDefault();
    const slot = this.next(this.slot, event.code);
    const cell = this.cellOf(slot);
    const rect = cell ? this.dom.cellRect(cell) : undefined;
    if (!rect) return undefined;
    this.slot = slot;
    return this.pointFor(slot, rect);
  };

  private placeAt(point: Coordinates): DropPlace | null {
    const cell = this.dom.cellAt(point.x, point.y);
    if (!cell) return null;
    const middles = this.dom.middles(cell, this.teamId, this.activeCardId);
    return { ...cell, index: indexAtPointer(middles, point.y) };
  }

  /** "Over the board" while there is a place to land, for pointer and keyboard drags alike. */
  readonly collisionDetection: CollisionDetection = ({ pointerCoordinates, droppableContainers }) => {
    if (pointerCoordinates !== null) {
      this.byPointer = true;
      this.pointed = this.placeAt(pointerCoordinates);
    }
    const board = droppableContainers.find((entry) => entry.id === BOARD_DROPPABLE_ID);
    if (!board || this.place() === null) return [];
    return [{ id: BOARD_DROPPABLE_ID, data: { droppableContainer: board, value: 0 } }];
  };
}
