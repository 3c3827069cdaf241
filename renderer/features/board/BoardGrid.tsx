/**
 * The journey grid: stages as columns, left to right, channels as rows. It
 * is a table to screen readers, so each cell is announced with its stage and
 * channel.
 */
import type { Channel, Stage } from '../../../shared/model';
import { cardsIn, cellKey, type CellMap } from './board-layout';
import { BoardCell, type BoardCellProps } from './BoardCell';

export interface BoardGridProps {
  readonly stages: readonly Stage[];
  readonly channels: readonly Channel[];
  readonly cells: CellMap;
  readonly colour: string;
  readonly overCell: string | null;
  readonly onOpen: BoardCellProps['onOpen'];
  readonly onAdd: BoardCellProps['onAdd'];
}

export function BoardGrid({ stages, channels, cells, colour, overCell, onOpen, onAdd }: BoardGridProps) {
  return (
    <div
      className="board-grid"
      role="table"
      aria-label="Journey board"
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
          {stages.map((stage) => (
            <BoardCell
              key={stage.id}
              stage={stage}
              channel={channel}
              cards={cardsIn(cells, stage.id, channel.id)}
              colour={colour}
              highlighted={overCell === cellKey(stage.id, channel.id)}
              onOpen={onOpen}
              onAdd={onAdd}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
