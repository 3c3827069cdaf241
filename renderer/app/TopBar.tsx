/**
 * The bar above every workshop screen: the way back to the library (or, on
 * a member's device, who is working here: "Ana · Blue team"), the
 * workshop's title, whether everything is saved, Undo/Redo, and — for the
 * facilitator — History… (the restore points). A team's copy says whose
 * copy of which workshop it is, in place of the title, and offers the way
 * to the team file that takes the work back to the facilitator.
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
  /** Back to the library; absent where the page shows one workshop only (a member of the room). */
  readonly onBack?: (() => void) | undefined;
  /** Opens the restore points; absent where this page may not see them (a team's page). */
  readonly onHistory?: (() => void) | undefined;
  /** A member of the room: who works on this device, and in which team. */
  readonly who?: Who | undefined;
  /** The Room control (features/room); it shows itself only on the facilitator's page. */
  readonly room?: ReactNode;
  /** A team's copy, opened from a team pack: whose copy of which workshop it is. */
  readonly copyOf?: CopyOf | undefined;
  /** Goes to the Export screen, where a team's copy exports its team file. */
  readonly onExportTeamFile?: (() => void) | undefined;
}

export interface CopyOf {
  readonly teamName: string;
  readonly teamColor: string | null;
  /** The facilitator's workshop the pack came from. */
  readonly masterTitle: string;
}

export interface Who {
  readonly name: string;
  readonly teamName: string;
  readonly teamColor: string | null;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

export function TopBar(props: TopBarProps) {
  return (
    <header className="top-bar">
      {props.onBack ? (
        <Button variant="ghost" onClick={props.onBack} className="top-bar-back">
          <BackIcon /> All workshops
        </Button>
      ) : null}
      {props.who ? <WhoIsHere who={props.who} /> : null}
      {props.copyOf ? (
        <TeamCopyTitle copyOf={props.copyOf} onExportTeamFile={props.onExportTeamFile} />
      ) : (
        <div className="top-bar-title">
          {/* The whole title and organisation as tooltips, for when the room left them ends in an ellipsis. */}
          <h1 data-testid="workshop-title" tabIndex={-1} title={props.title}>
            {props.title}
          </h1>
          {props.organisation ? (
            <span className="top-bar-org" title={props.organisation}>
              {props.organisation}
            </span>
          ) : null}
        </div>
      )}
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

/** "Ana · Blue team", with the team's colour: a person glancing at their phone knows whose seat it is. */
function WhoIsHere({ who }: { who: Who }) {
  return (
    <p className="top-bar-who" data-testid="member-who">
      {who.teamColor ? <span className="top-bar-who-swatch" style={{ background: who.teamColor }} aria-hidden="true" /> : null}
      <span className="top-bar-who-name">{who.name}</span>
      {who.teamName ? (
        <>
          <span aria-hidden="true">·</span>
          <span className="top-bar-who-team">{who.teamName}</span>
        </>
      ) : null}
    </p>
  );
}

/** "Team Blue’s copy of “Renewal journey” · export the team file when you are done": nobody mistakes it for the facilitator's workshop. */
function TeamCopyTitle({ copyOf, onExportTeamFile }: { copyOf: CopyOf; onExportTeamFile: (() => void) | undefined }) {
  return (
    <div className="top-bar-copy" data-testid="team-copy-title">
      {copyOf.teamColor ? <span className="top-bar-who-swatch" style={{ background: copyOf.teamColor }} aria-hidden="true" /> : null}
      <div className="top-bar-copy-text">
        <h1 data-testid="workshop-title" tabIndex={-1}>
          {copyOf.teamName}&rsquo;s copy of &ldquo;{copyOf.masterTitle}&rdquo;
        </h1>
        {onExportTeamFile ? (
          <p className="top-bar-copy-hint">
            <button type="button" className="top-bar-copy-link" onClick={onExportTeamFile} data-testid="team-copy-export">
              Export the team file
            </button>{' '}
            when you are done, and hand it back to the facilitator.
          </p>
        ) : null}
      </div>
    </div>
  );
}
