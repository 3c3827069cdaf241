/**
 * One device in the lobby: whose it is, whether it is connected (a dot and
 * the word, never the colour alone), when it joined, and what the
 * facilitator may do with it — rename it, seat it with another team, or take
 * it out of the room. Rename and Move open an inline form in the row, so the
 * person stays where they were; Escape puts it back.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RoomDevice } from '../../../shared/room';
import { useWorkshopSelector } from '../../store/use-live-workshop';
import { Button, nameProblem, TextField } from '../../ui';
import { deviceTimes, presenceWords, type RoomTeam } from './room-logic';

export interface LobbyDeviceProps {
  readonly device: RoomDevice;
  readonly teams: readonly RoomTeam[];
  /** Each resolves with null when done, or the host's sentence when refused. */
  readonly onRename: (name: string) => Promise<string | null>;
  readonly onMove: (teamId: string) => Promise<string | null>;
  /** Asks before removing (the lobby shows the question). */
  readonly onRemove: () => void;
  /**
   * Set when focus belongs on this row's actions: after a rename or a move
   * (the row is drawn afresh in its new team), so the keyboard stays on it.
   */
  readonly takeFocus: boolean;
  readonly onFocusTaken: () => void;
}

type Editing = { readonly kind: 'rename'; readonly draft: string } | { readonly kind: 'move'; readonly teamId: string } | null;

export function LobbyDevice({ device, teams, onRename, onMove, onRemove, takeFocus, onFocusTaken }: LobbyDeviceProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // After the inline form closes, the keyboard goes back to the row's buttons rather than the page's start.
  const focusBack = useRef(false);
  const actions = useRef<HTMLSpanElement>(null);
  // Times as the workshop writes them, not the browser.
  const locale = useWorkshopSelector((workshop) => workshop.locale);

  useEffect(() => {
    if ((!takeFocus && !focusBack.current) || editing !== null) return;
    actions.current?.querySelector('button')?.focus();
    focusBack.current = false;
    if (takeFocus) onFocusTaken();
  }, [takeFocus, editing, onFocusTaken]);

  const stop = (): void => {
    focusBack.current = true;
    setEditing(null);
    setProblem(null);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // Escape closes the form, not the whole Room dialog around it.
    event.preventDefault();
    event.stopPropagation();
    stop();
  };
  async function send(sending: Promise<string | null>): Promise<void> {
    setBusy(true);
    const refusal = await sending;
    setBusy(false);
    if (refusal === null) stop();
    else setProblem(refusal);
  }

  const otherTeams = teams.filter((t) => t.id !== device.teamId);
  return (
    <li className="lobby-device" data-testid="lobby-device" data-device-name={device.name}>
      <span className={`lobby-presence ${device.connected ? 'lobby-presence-on' : 'lobby-presence-off'}`}>
        <span className="lobby-dot" aria-hidden="true" />
        {presenceWords(device)}
      </span>
      {editing?.kind === 'rename' ? (
        <form
          className="lobby-edit"
          onKeyDown={onKeyDown}
          onSubmit={(event) => {
            event.preventDefault();
            const local = nameProblem(editing.draft);
            if (local !== null) setProblem(local);
            else void send(onRename(editing.draft.trim()));
          }}
        >
          <TextField
            label={`New name for ${device.name}`}
            hideLabel
            value={editing.draft}
            onChange={(event) => {
              setEditing({ kind: 'rename', draft: event.target.value });
              setProblem(null);
            }}
            error={problem}
            autoFocus
            data-testid="lobby-rename-field"
          />
          <Button type="submit" variant="primary" size="sm" disabled={busy}>
            Save
          </Button>
          <Button size="sm" onClick={stop}>
            Cancel
          </Button>
        </form>
      ) : editing?.kind === 'move' ? (
        <form
          className="lobby-edit"
          onKeyDown={onKeyDown}
          onSubmit={(event) => {
            event.preventDefault();
            void send(onMove(editing.teamId));
          }}
        >
          <label className="lobby-move">
            <span>Move {device.name} to</span>
            <select
              className="select"
              value={editing.teamId}
              onChange={(event) => setEditing({ kind: 'move', teamId: event.target.value })}
              autoFocus
              data-testid="lobby-move-select"
            >
              {otherTeams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="primary" size="sm" disabled={busy}>
            Move
          </Button>
          <Button size="sm" onClick={stop}>
            Cancel
          </Button>
          {problem ? (
            <span className="field-error lobby-problem" role="alert">
              {problem}
            </span>
          ) : null}
        </form>
      ) : (
        <>
          <span className="lobby-name">{device.name}</span>
          <span className="lobby-time">{deviceTimes(device, locale)}</span>
          <span ref={actions} className="lobby-actions" role="group" aria-label={`${device.name}’s device`}>
            <Button size="sm" variant="ghost" onClick={() => setEditing({ kind: 'rename', draft: device.name })}>
              Rename
            </Button>
            {otherTeams[0] ? (
              <Button size="sm" variant="ghost" onClick={() => setEditing({ kind: 'move', teamId: otherTeams[0]?.id ?? '' })}>
                Move…
              </Button>
            ) : null}
            <Button size="sm" variant="ghost" className="danger-text" onClick={onRemove}>
              Remove…
            </Button>
          </span>
        </>
      )}
    </li>
  );
}
