/**
 * One cell of the grid (a stage × a channel): the cards there in board
 * order, and a small "+" to add a card by typing. While a drag is over it,
 * a line shows where the card would land. The cell holds no drag hooks (see
 * BoardDragArea), so a drag redraws only the cells it changes.
 */
import { memo, useId, useState, type KeyboardEvent } from 'react';
import type { Channel, Id, Stage, Touchpoint } from '../../../shared/model';
import { nameProblem, PlusIcon } from '../../ui';
import { sameCards } from './board-layout';
import { addKey } from './use-board-keys';
import { kindsForChannel } from './touchpoint-kinds';
import { TouchpointCard, type DropEdge, type TeamTag } from './TouchpointCard';

/** How a team's cards look: their colour bar, and the name tag shown when every team is on the board. */
export interface CardTeam {
  readonly colour: string;
  readonly tag: TeamTag | null;
}

export type CardTeams = ReadonlyMap<Id, CardTeam>;

/** Where a drag over this cell would land: that team's `index`-th place, the dragged card left out. */
export interface Insertion {
  readonly teamId: Id;
  readonly index: number;
  readonly draggedId: Id | null;
}

export interface BoardCellProps {
  readonly stage: Stage;
  readonly channel: Channel;
  readonly cards: readonly Touchpoint[];
  /** The card id or "+" (addKey) here that the Tab key stops at, or null when it is in another cell. */
  readonly tabStop: string | null;
  readonly teams: CardTeams;
  /** The card being dragged, when it comes from this cell. */
  readonly draggingId: Id | null;
  /** A drag is over this cell, landing here. */
  readonly insertion: Insertion | null;
  readonly onOpen: (touchpointId: string) => void;
  /** Adds a card; resolves with the refusal message, or null when added. */
  readonly onAdd: (stageId: string, channelId: string, title: string) => Promise<string | null>;
}

const FALLBACK_TEAM: CardTeam = { colour: '#4d4d4d', tag: null };

/**
 * Which card edge shows the drop line: before the team's `index`-th other
 * card, or after its last one. A team with no card here yet lands where its
 * group would be (cards are grouped by team when every team is shown): after
 * the teams before it. The line is drawn on a card's edge, not as an element
 * of its own, so nothing on the board moves during a drag.
 */
function dropEdge(cards: readonly Touchpoint[], insertion: Insertion, teams: CardTeams): { id: Id; edge: DropEdge } | null {
  const others = cards.filter((card) => card.teamId === insertion.teamId && card.id !== insertion.draggedId);
  const before = others[insertion.index];
  if (before) return { id: before.id, edge: 'before' };
  const last = others.at(-1);
  if (last) return { id: last.id, edge: 'after' };
  const order = [...teams.keys()];
  const rank = order.indexOf(insertion.teamId);
  const earlier = cards.findLast((card) => card.id !== insertion.draggedId && order.indexOf(card.teamId) < rank);
  if (earlier) return { id: earlier.id, edge: 'after' };
  const first = cards.find((card) => card.id !== insertion.draggedId);
  return first ? { id: first.id, edge: 'before' } : null;
}

/** Same as the last drawing? The card lists are compared card by card: a move elsewhere rebuilds every list. */
function sameCell(a: BoardCellProps, b: BoardCellProps): boolean {
  return (
    a.stage === b.stage &&
    a.channel === b.channel &&
    sameCards(a.cards, b.cards) &&
    a.tabStop === b.tabStop &&
    a.teams === b.teams &&
    a.draggingId === b.draggingId &&
    a.insertion === b.insertion &&
    a.onOpen === b.onOpen &&
    a.onAdd === b.onAdd
  );
}

export const BoardCell = memo(function BoardCell({
  stage,
  channel,
  cards,
  tabStop,
  teams,
  draggingId,
  insertion,
  onOpen,
  onAdd,
}: BoardCellProps) {
  const line = insertion ? dropEdge(cards, insertion, teams) : null;
  return (
    <div
      role="cell"
      className={`board-cell${insertion ? ' board-cell-over' : ''}`}
      data-testid={`cell-${stage.name}-${channel.name}`}
      data-stage-id={stage.id}
      data-channel-id={channel.id}
      aria-label={`${stage.name}, ${channel.name}`}
      // The board's overview (Fit to screen on a board too big to read) shows this count.
      data-count={cards.length}
    >
      {cards.map((card) => {
        const team = teams.get(card.teamId) ?? FALLBACK_TEAM;
        return (
          <TouchpointCard
            key={card.id}
            touchpoint={card}
            colour={team.colour}
            team={team.tag}
            tabStop={card.id === tabStop}
            dragging={card.id === draggingId}
            dropEdge={line?.id === card.id ? line.edge : null}
            onOpen={onOpen}
          />
        );
      })}
      <AddCard stage={stage} channel={channel} onAdd={onAdd} tabStop={tabStop === addKey(stage.id, channel.id)} />
    </div>
  );
}, sameCell);

function AddCard({
  stage,
  channel,
  onAdd,
  tabStop,
}: {
  stage: Stage;
  channel: Channel;
  onAdd: BoardCellProps['onAdd'];
  /** The board's one Tab stop is this "+"; otherwise the arrow keys reach it. */
  tabStop: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const suggestionsId = useId();
  const place = `${stage.name}, ${channel.name}`;

  function close(): void {
    setOpen(false);
    setTitle('');
    setError(null);
  }

  async function submit(): Promise<void> {
    const problem = nameProblem(title);
    if (problem) {
      setError(problem);
      return;
    }
    const refusal = await onAdd(stage.id, channel.id, title.trim());
    if (refusal) setError(refusal);
    else {
      // Stay open for the next card: people often add several in a row.
      setTitle('');
      setError(null);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        className="cell-add"
        tabIndex={tabStop ? 0 : -1}
        data-cell-add={addKey(stage.id, channel.id)}
        aria-label={`Add a touchpoint in ${place}`}
        title={`Add a touchpoint in ${place}`}
        onClick={() => setOpen(true)}
      >
        <PlusIcon size={16} />
      </button>
    );
  }
  return (
    <div className="cell-add-form">
      <input
        className={`cell-add-input${error ? ' field-input-invalid' : ''}`}
        aria-label={`Title of the new touchpoint in ${place}`}
        aria-invalid={error ? true : undefined}
        placeholder="Title, then Enter"
        list={suggestionsId}
        value={title}
        autoFocus
        onChange={(event) => {
          setTitle(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (title.trim() === '') close();
        }}
      />
      {/* The usual kinds for this channel, offered as the title is typed; any other title is fine too. */}
      <datalist id={suggestionsId} data-testid="cell-add-suggestions">
        {kindsForChannel(channel.name).map((kind) => (
          <option key={kind} value={kind} />
        ))}
      </datalist>
      {error ? (
        <span className="cell-add-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
