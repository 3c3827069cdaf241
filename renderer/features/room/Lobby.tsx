/**
 * The lobby: every device in the room, grouped by team, as the host last
 * told it (it changes live as people join, drop and come back). Removing a
 * device asks first, naming whose it is and what happens. What changed is
 * said in a polite live region, since a moved row leaves the person's view.
 */
import { useCallback, useId, useState } from 'react';
import type { RoomDevice } from '../../../shared/room';
import { ConfirmDialog } from '../../ui';
import { LobbyDevice } from './LobbyDevice';
import { groupSummary, lobbyGroups, type RoomTeam } from './room-logic';
import type { RoomStatusHook } from './use-room-status';

export interface LobbyProps {
  readonly devices: readonly RoomDevice[];
  readonly teams: readonly RoomTeam[];
  readonly act: RoomStatusHook['act'];
  /** Shows a refusal the host sent where the panel shows its messages. */
  readonly onRefused: (message: string) => void;
}

export function Lobby({ devices, teams, act, onRefused }: LobbyProps) {
  const [removing, setRemoving] = useState<RoomDevice | null>(null);
  const [said, setSaid] = useState('');
  const [focusOn, setFocusOn] = useState<string | null>(null);
  const focusTaken = useCallback(() => setFocusOn(null), []);
  const groups = lobbyGroups(devices, teams);
  const titleId = useId();

  async function rename(device: RoomDevice, name: string): Promise<string | null> {
    const refusal = await act('room/device-rename', { deviceId: device.id, name });
    if (refusal === null) setSaid(`${device.name} is now called ${name}.`);
    return refusal;
  }

  async function move(device: RoomDevice, teamId: string): Promise<string | null> {
    const refusal = await act('room/device-move', { deviceId: device.id, teamId });
    if (refusal === null) {
      setSaid(`${device.name} moved to ${teams.find((t) => t.id === teamId)?.name ?? 'another team'}.`);
      setFocusOn(device.id);
    }
    return refusal;
  }

  async function remove(device: RoomDevice): Promise<void> {
    const refusal = await act('room/device-remove', { deviceId: device.id });
    setRemoving(null);
    if (refusal === null) setSaid(`${device.name}’s device left the room.`);
    else onRefused(refusal);
  }

  return (
    <section className="lobby" aria-labelledby={titleId} data-testid="lobby">
      <h3 id={titleId} className="lobby-title">
        Who has joined
      </h3>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {devices.length === 0 ? (
        <p className="muted lobby-empty">
          No one has joined yet. People who scan the code or type the address and the code appear here, by team.
        </p>
      ) : null}
      <div className="lobby-groups">
        {groups.map((group) => (
          <section key={group.teamId || 'none'} className="lobby-group" aria-label={group.name} data-testid="lobby-group">
            <h4 className="lobby-group-title">
              <span
                className="lobby-swatch"
                aria-hidden="true"
                style={group.color ? { background: group.color } : undefined}
              />
              <span>{group.name}</span>
              <span className="lobby-group-count">{groupSummary(group)}</span>
            </h4>
            {group.devices.length > 0 ? (
              <ul className="lobby-list">
                {group.devices.map((device) => (
                  <LobbyDevice
                    key={device.id}
                    device={device}
                    teams={teams}
                    onRename={(name) => rename(device, name)}
                    onMove={(teamId) => move(device, teamId)}
                    onRemove={() => setRemoving(device)}
                    takeFocus={focusOn === device.id}
                    onFocusTaken={focusTaken}
                  />
                ))}
              </ul>
            ) : null}
          </section>
        ))}
      </div>
      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing.name}’s device from the room?`}
          message={<p>Its page is disconnected at once; {removing.name} can join again with the room code.</p>}
          confirmLabel="Remove from the room"
          danger
          onConfirm={() => remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}
