/**
 * The board's card editor and what follows it: a copied card opens in the
 * editor in place of the original (so the person goes straight on to make it
 * different), and a deleted card leaves a note with an Undo button for a few seconds —
 * the same undo as the top bar's, offered where the person is looking.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ClientCommand } from '../../../shared/commands';

import { copyTitle } from '../../../shared/reducers/board';
import { useRecord } from '../../store/records';
import { useLiveStore } from '../../store/use-live-workshop';
import { CloseIcon, useNotify } from '../../ui';
import type { ScreenProps } from '../common/screen-props';
import { placeName, type BoardSlice } from './board-layout';
import { CardEditor } from './CardEditor';

/** How long the Undo note stays after a deletion. */
const UNDO_SHOWN_MS = 10000;

export interface BoardCardEditingProps {
  readonly board: BoardSlice;
  /** The card being edited, or null when the editor is closed. */
  readonly editingId: string | null;
  readonly onClose: () => void;
  /** Opens another card in the editor. */
  readonly onOpen: (touchpointId: string) => void;
  /** Sends one command; resolves with the refusal (already shown), or null. */
  readonly send: (command: ClientCommand) => Promise<string | null>;
  /** Sends one command and hands back the host's answer (for a copy, whose id the host chooses). */
  readonly dispatch: ScreenProps['dispatch'];
}

interface Deleted {
  readonly title: string;
  /** How many cards the workshop holds once the deletion has arrived. */
  readonly countAfter: number;
}

export function BoardCardEditing({ board, editingId, onClose, onOpen, send, dispatch }: BoardCardEditingProps) {
  const { announce, toast } = useNotify();
  const store = useLiveStore();
  const workshop = board;
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const editing = useRecord('touchpoints', editingId);

  useEffect(() => {
    if (!deleted) return undefined;
    const timer = setTimeout(() => setDeleted(null), UNDO_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const undo = useCallback(async () => {
    if (!deleted) return;
    setDeleted(null);
    // The store says why, when the host will not bring it back.
    if (await store.undo()) announce(`Brought back '${deleted.title}'.`);
  }, [announce, deleted, store]);

  // Once anything else changes the cards, Undo would take back that change instead: stop offering it.
  const undoable = deleted !== null && workshop.touchpoints.length === deleted.countAfter;

  return (
    <>
      {editing ? (
        <CardEditor
          key={editing.id}
          touchpoint={editing}
          place={placeName(workshop, editing.stageId, editing.channelId)}
          teams={workshop.teams}
          onSave={async (command) => {
            const refusal = await send(command);
            const team = workshop.teams.find((t) => t.id === command.teamId);
            if (refusal === null && team) {
              toast(`'${command.title ?? editing.title}' now belongs to ${team.name}; it shows on their board.`, 'success');
            }
            return refusal;
          }}
          onDuplicate={async () => {
            const before = new Set(workshop.touchpoints.map((t) => t.id));
            const outcome = await dispatch({ type: 'touchpoint/duplicate', touchpointId: editing.id });
            if (!outcome.ok) {
              toast(outcome.message, 'error');
              return outcome.message;
            }
            // The host gave the copy its id: the one card that was not there before.
            const copy = outcome.workshop.touchpoints.find((t) => !before.has(t.id));
            if (copy) onOpen(copy.id);
            else onClose();
            toast(`Copied '${editing.title}'. You are now editing the copy, '${copyTitle(editing.title)}', right after it.`, 'success');
            return null;
          }}
          onDelete={async () => {
            const countAfter = workshop.touchpoints.length - 1;
            const refusal = await send({ type: 'touchpoint/remove', touchpointId: editing.id });
            if (refusal === null) {
              onClose();
              setDeleted({ title: editing.title, countAfter });
              announce(`Deleted '${editing.title}'. Undo, or Ctrl+Z, brings it back.`);
            }
          }}
          onClose={onClose}
        />
      ) : null}
      {undoable ? (
        <div className="undo-note" role="status" data-testid="undo-note">
          <span>
            Deleted <strong>&lsquo;{deleted.title}&rsquo;</strong>.
          </span>
          <button type="button" className="btn btn-primary btn-sm" onClick={() => void undo()} data-testid="undo-delete">
            Undo
          </button>
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => setDeleted(null)}>
            <CloseIcon />
          </button>
        </div>
      ) : null}
    </>
  );
}
