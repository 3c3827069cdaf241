/**
 * The bar above every workshop screen: the way back to the library, the
 * workshop's title, whether everything is saved, Undo/Redo, and — for the
 * facilitator — History… (the restore points).
 */
import type { ReactNode } from 'react';
import type { ConnectionState } from '../api/client';
import { BackIcon, Button, HistoryIcon, RedoIcon, UndoIcon } from '../ui';
import { SaveIndicator } from './SaveIndicator';
import type { SaveState } from '../store/live-workshop';

export interface TopBarProps {
  readonly title: string;
  readonly organisation: string;
  readonly saveState: SaveState;
  readonly connection: ConnectionState;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onBack: () => void;
  /** Opens the restore points; absent where this page may not see them (a team's page). */
  readonly onHistory?: () => void;
  /** The Room control (features/room); it shows itself only on the facilitator's page. */
  readonly room?: ReactNode;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

export function TopBar(props: TopBarProps) {
  return (
    <header className="top-bar">
      <Button variant="ghost" onClick={props.onBack} className="top-bar-back">
        <BackIcon /> All workshops
      </Button>
      <div className="top-bar-title">
        <h1 data-testid="workshop-title">{props.title}</h1>
        {props.organisation ? <span className="top-bar-org">{props.organisation}</span> : null}
      </div>
      <SaveIndicator state={props.saveState} connection={props.connection} />
      {props.room}
      <div className="top-bar-history" role="group" aria-label="History">
        <Button
          size="sm"
          onClick={props.onUndo}
          disabled={!props.canUndo}
          title={`Undo (${MOD}Z)`}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          <UndoIcon /> Undo
        </Button>
        <Button
          size="sm"
          onClick={props.onRedo}
          disabled={!props.canRedo}
          title={`Redo (${MOD}Shift+Z)`}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        >
          <RedoIcon /> Redo
        </Button>
        {props.onHistory ? (
          <Button size="sm" onClick={props.onHistory} aria-haspopup="dialog" data-testid="open-history">
            <HistoryIcon /> History…
          </Button>
        ) : null}
      </div>
    </header>
  );
}
