/**
 * A card on the board that can be picked up (mouse, touch, pen or Space),
 * moved between cells and within its cell, and opened for editing (click or
 * Enter). It holds no drag hooks: the board starts the drag for it
 * (BoardDragArea), so a drag or a drop redraws only the cards it changes.
 */
import { memo, type KeyboardEvent } from 'react';
import type { Touchpoint } from '../../../shared/model';
import { DRAG_HELP_ID, sameCardLook } from './board-layout';
import { CardFace, cardLabel } from './CardFace';

/** Whose card it is, shown when the board shows every team. */
export interface TeamTag {
  readonly name: string;
  readonly initials: string;
  /** Text colour that reads on the team's colour. */
  readonly text: string;
}

/** Where a drag over the cell would put the card: just before or just after this one. */
export type DropEdge = 'before' | 'after';

export interface TouchpointCardProps {
  readonly touchpoint: Touchpoint;
  readonly colour: string;
  /** The team's name on the card; null when the board shows one team. */
  readonly team: TeamTag | null;
  /** The board's one Tab stop is this card; the others are reached with the arrow keys. */
  readonly tabStop: boolean;
  /** This card is the one being dragged (its place stays, faded). */
  readonly dragging: boolean;
  readonly dropEdge: DropEdge | null;
  readonly onOpen: (touchpointId: string) => void;
}

function sameCard(a: TouchpointCardProps, b: TouchpointCardProps): boolean {
  return (
    sameCardLook(a.touchpoint, b.touchpoint) &&
    a.colour === b.colour &&
    a.team === b.team &&
    a.tabStop === b.tabStop &&
    a.dragging === b.dragging &&
    a.dropEdge === b.dropEdge &&
    a.onOpen === b.onOpen
  );
}

export const TouchpointCard = memo(function TouchpointCard({
  touchpoint,
  colour,
  team,
  tabStop,
  dragging,
  dropEdge,
  onOpen,
}: TouchpointCardProps) {
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Enter' && !dragging) {
      // Enter edits; it must not also reach the cell, where it would pick the card up.
      event.preventDefault();
      event.stopPropagation();
      onOpen(touchpoint.id);
    }
  }

  const label = cardLabel(touchpoint.title, touchpoint.momentOfTruth, touchpoint.feeling, team ?? undefined);
  return (
    <div
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-roledescription="touchpoint card"
      aria-describedby={DRAG_HELP_ID}
      aria-pressed={dragging ? true : undefined}
      aria-label={label}
      data-testid="card"
      data-card-id={touchpoint.id}
      data-team-id={touchpoint.teamId}
      className={`card${dragging ? ' card-placeholder' : ''}${dropEdge ? ` card-drop-${dropEdge}` : ''}${touchpoint.momentOfTruth ? ' card-truth-marked' : ''}`}
      style={{ borderLeftColor: colour }}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(touchpoint.id)}
    >
      {team ? (
        <span className="card-team" style={{ backgroundColor: colour, color: team.text }} title={team.name} aria-hidden="true">
          {team.initials}
        </span>
      ) : null}
      {/* A word break after the initials ("T1 Checkout page"); the card lays it out as nothing. */}
      {team ? ' ' : null}
      <CardFace title={touchpoint.title} momentOfTruth={touchpoint.momentOfTruth} feeling={touchpoint.feeling} />
    </div>
  );
}, sameCard);
