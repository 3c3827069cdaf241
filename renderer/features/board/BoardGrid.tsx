/**
 * The journey grid: stages as columns, left to right, channels as rows. It
 * is a table to screen readers, so each cell is announced with its stage and
 * channel. The keyboard reaches it in one Tab and moves about it with the
 * arrow keys (use-board-keys.ts).
 */
import type { Channel, Id, Stage } from '../../../shared/model';
import { BOARD_GRID_ID } from '../common/skip-targets';
import { cardsIn, type CellMap } from './board-layout';
import { addKey, useBoardKeys } from './use-board-keys';
import { BoardCell, type BoardCellProps, type CardTeams, type Insertion } from './BoardCell';

/** A drag in progress as the grid draws it. */
export interface GridDrag {
  /** The dragged card and its cell, or null for a new card from the palette. */
  readonly card: { readonly id: Id; readonly stageId: Id; readonly channelId: Id } | null;
  /** Where it would land now, or null when it is not over a cell. */
  readonly target: (Insertion & { readonly stageId: Id; readonly channelId: Id }) | null;
}

export interface BoardGridProps {
  readonly stages: readonly Stage[];
  readonly channels: readonly Channel[];
  readonly cells: CellMap;
  readonly teams: CardTeams;
  readonly drag: GridDrag | null;
  readonly onOpen: BoardCellProps['onOpen'];
  readonly onAdd: BoardCellProps['onAdd'];
}

export function BoardGrid({ stages, channels, cells, teams, drag, onOpen, onAdd }: BoardGridProps) {
  const card = drag?.card ?? null;
  const target = drag?.target ?? null;
  const keys = useBoardKeys(stages, channels, cells, drag !== null);
  const stop = keys.tabStop;
  return (
    <div
      id={BOARD_GRID_ID}
      className="board-grid"
      role="table"
      aria-label="Journey board"
      onFocus={keys.onFocus}
      onKeyDown={keys.onKeyDown}
      style={{ gridTemplateColumns: `var(--board-row-head) repeat(${stages.length}, minmax(var(--board-col-min), 1fr))` }}
    >
      <div role="row" className="board-row board-head-row">
        <div role="columnheader" className="board-corner">
          <span className="visually-hidden">Channel</span>
        </div>
        {stages.map((stage) => (
          <div role="columnheader" key={stage.id} className="board-stage">
            {stage.name}
          </div>
        ))}
      </div>
      {channels.map((channel) => (
        <div role="row" className="board-row" key={channel.id}>
          <div role="rowheader" className="board-channel">
            {channel.name}
          </div>
          {stages.map((stage) => {
            const cards = cardsIn(cells, stage.id, channel.id);
            // Only the cell holding the Tab stop hears of it, so moving it redraws two cells at most.
            const holdsStop = stop !== null && (stop === addKey(stage.id, channel.id) || cards.some((c) => c.id === stop));
            return (
              <BoardCell
                key={stage.id}
                stage={stage}
                channel={channel}
                cards={cards}
                tabStop={holdsStop ? stop : null}
                teams={teams}
                draggingId={card && card.stageId === stage.id && card.channelId === channel.id ? card.id : null}
                insertion={target && target.stageId === stage.id && target.channelId === channel.id ? target : null}
                onOpen={onOpen}
                onAdd={onAdd}
              />
            );
          })}
        </div>
      ))}
    </div>
  );
}
