/**
 * One cell of the grid (a stage × a channel): a drop target, a sortable list
 * of the team's cards there, and a small "+" to add a card by typing.
 */
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useState, type KeyboardEvent } from 'react';
import type { Channel, Stage, Touchpoint } from '../../../shared/model';
import { nameProblem, PlusIcon } from '../../ui';
import { cellDroppableId, type BoardItem } from './board-layout';
import { TouchpointCard } from './TouchpointCard';

export interface BoardCellProps {
  readonly stage: Stage;
  readonly channel: Channel;
  readonly cards: readonly Touchpoint[];
  readonly colour: string;
  /** A drag is over this cell or one of its cards. */
  readonly highlighted: boolean;
  readonly onOpen: (touchpointId: string) => void;
  /** Adds a card; resolves with the refusal message, or null when added. */
  readonly onAdd: (stageId: string, channelId: string, title: string) => Promise<string | null>;
}

export const BoardCell = memo(function BoardCell({
  stage,
  channel,
  cards,
  colour,
  highlighted,
  onOpen,
  onAdd,
}: BoardCellProps) {
  const data: BoardItem = { type: 'cell', stageId: stage.id, channelId: channel.id };
  const { setNodeRef } = useDroppable({ id: cellDroppableId(stage.id, channel.id), data });
  const ids = cards.map((card) => card.id);

  return (
    <div
      ref={setNodeRef}
      role="cell"
      className={`board-cell${highlighted ? ' board-cell-over' : ''}`}
      data-testid={`cell-${stage.name}-${channel.name}`}
      aria-label={`${stage.name}, ${channel.name}`}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {cards.map((card) => (
          <TouchpointCard key={card.id} touchpoint={card} colour={colour} onOpen={onOpen} />
        ))}
      </SortableContext>
      <AddCard stage={stage} channel={channel} onAdd={onAdd} />
    </div>
  );
});

function AddCard({
  stage,
  channel,
  onAdd,
}: {
  stage: Stage;
  channel: Channel;
  onAdd: BoardCellProps['onAdd'];
}) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
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
      {error ? (
        <span className="cell-add-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
