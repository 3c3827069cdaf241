/**
 * Moving a card with the keyboard, cell by cell. dnd-kit's own keyboard
 * helper guesses the next drop target from rectangles, which wanders when
 * cells and cards are both targets; here the arrow keys walk the grid the way
 * a person reads it: Up/Down through the places in a cell and on to the next
 * row, Left/Right to the neighbouring stage. The chosen target is what the
 * collision detection reports while a keyboard drag is on.
 */
import {
  closestCenter,
  pointerWithin,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import type { Id } from '../../../shared/model';
import { cardsIn, cellDroppableId, isBoardItem, type BoardItem, type CellMap } from './board-layout';

export interface GridLayout {
  readonly stageIds: readonly Id[];
  readonly channelIds: readonly Id[];
  readonly cells: CellMap;
}

interface Slot {
  readonly stage: number;
  readonly channel: number;
  /** Final position among the other cards in the cell. */
  readonly index: number;
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

export class KeyboardNav {
  private layout: GridLayout = { stageIds: [], channelIds: [], cells: new Map() };
  private activeCardId: Id | null = null;
  private slot: Slot | null = null;
  /** The droppable a keyboard drag is over, or null when no keyboard drag is on. */
  private target: string | null = null;

  setLayout(layout: GridLayout): void {
    this.layout = layout;
  }

  /** A keyboard or pointer drag began with this item. */
  start(item: BoardItem): void {
    const { stageIds, channelIds, cells } = this.layout;
    if (item.type === 'card') {
      this.activeCardId = item.touchpointId;
      const stage = stageIds.indexOf(item.stageId);
      const channel = channelIds.indexOf(item.channelId);
      const index = cardsIn(cells, item.stageId, item.channelId).findIndex((c) => c.id === item.touchpointId);
      this.slot = { stage, channel, index: Math.max(0, index) };
    } else {
      this.activeCardId = null;
      this.slot = { stage: 0, channel: 0, index: this.lastIndex(0, 0) };
    }
    this.target = this.targetFor(this.slot);
  }

  stop(): void {
    this.activeCardId = null;
    this.slot = null;
    this.target = null;
  }

  /** The cards of a cell with the dragged one left out, and whether it came from there. */
  private cellCards(stage: number, channel: number): { ids: readonly Id[]; home: boolean } {
    const stageId = this.layout.stageIds[stage];
    const channelId = this.layout.channelIds[channel];
    if (stageId === undefined || channelId === undefined) return { ids: [], home: false };
    const ids = cardsIn(this.layout.cells, stageId, channelId).map((c) => c.id);
    const home = this.activeCardId !== null && ids.includes(this.activeCardId);
    return { ids, home };
  }

  private lastIndex(stage: number, channel: number): number {
    const { ids, home } = this.cellCards(stage, channel);
    // In its own cell the card can take any of the places, including its own; elsewhere also the end.
    return home ? ids.length - 1 : ids.length;
  }

  /** The droppable that stands for a slot, as the pointer would meet it. */
  private targetFor(slot: Slot): string | null {
    const stageId = this.layout.stageIds[slot.stage];
    const channelId = this.layout.channelIds[slot.channel];
    if (stageId === undefined || channelId === undefined) return null;
    const { ids } = this.cellCards(slot.stage, slot.channel);
    // In the home cell, slot i is the card now at i (a sortable swap); elsewhere "before card i", or the cell for the end.
    return ids[slot.index] ?? cellDroppableId(stageId, channelId);
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

  readonly coordinateGetter: KeyboardCoordinateGetter = (event, { context }) => {
    if (!ARROWS.has(event.code) || this.slot === null) return undefined;
    event.preventDefault();
    const slot = this.next(this.slot, event.code);
    const target = this.targetFor(slot);
    const rect = target === null ? undefined : context.droppableRects.get(target);
    if (target === null || !rect) return undefined;
    this.slot = slot;
    this.target = target;
    const droppable = context.droppableContainers.get(target);
    const data: unknown = droppable?.data.current;
    if (isBoardItem(data) && data.type === 'cell') {
      // The end of a cell: just below its last card, so the lifted card does not hide the others.
      const { ids } = this.cellCards(slot.stage, slot.channel);
      const lastId = ids.filter((id) => id !== this.activeCardId).at(-1);
      const lastRect = lastId === undefined ? undefined : context.droppableRects.get(lastId);
      return { x: rect.left + 6, y: lastRect ? lastRect.bottom + 6 : rect.top + 4 };
    }
    return { x: rect.left, y: rect.top };
  };

  /**
   * Pointer drags: the card under the pointer, else the cell under it.
   * Keyboard drags: the target the arrow keys chose.
   */
  readonly collisionDetection: CollisionDetection = (args) => {
    if (args.pointerCoordinates === null) {
      const target = this.target;
      if (target === null) return closestCenter(args);
      const container = args.droppableContainers.find((entry) => entry.id === target);
      return container ? [{ id: target, data: { droppableContainer: container, value: 0 } }] : [];
    }
    const within = pointerWithin(args);
    const cards = within.filter((hit) => {
      const data: unknown = hit.data?.['droppableContainer']?.data.current;
      return isBoardItem(data) && data.type === 'card';
    });
    return cards.length > 0 ? cards : within;
  };
}
