/**
 * The Room dialog, the facilitator's control of the local-network room: open
 * it on one of this computer's addresses; once open, the address and code
 * people need, the join screen for the projector, who has joined, and
 * closing it again (after a question, since every device is cut off).
 * Whatever the host refuses is shown as the sentence it sends.
 */
import { useState } from 'react';
import type { OpenRoom, RoomStatus } from '../../../shared/room';
import { Button, ConfirmDialog, Dialog, WarningIcon } from '../../ui';
import { AddressChooser } from './AddressChooser';
import { Lobby } from './Lobby';
import { addressParts, codeForReading, codeGroups, deviceCounts, type RoomTeam } from './room-logic';
import type { RoomState, RoomStatusHook } from './use-room-status';

export type JoinScreenMode = 'room' | 'teams';

export interface RoomPanelProps {
  readonly workshopId: string;
  readonly teams: readonly RoomTeam[];
  readonly state: RoomState;
  readonly act: RoomStatusHook['act'];
  readonly onShowJoinScreen: (mode: JoinScreenMode) => void;
  readonly onClose: () => void;
}

export function RoomPanel({ workshopId, teams, state, act, onShowJoinScreen, onClose }: RoomPanelProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);
  // The address the room was last open on, offered first when it opens again.
  const [lastAddress, setLastAddress] = useState<string | null>(null);
  const status: RoomStatus | null = state.kind === 'ready' ? state.status : null;
  const room = status?.room ?? null;

  async function run(sending: Promise<string | null>): Promise<void> {
    const refusal = await sending;
    setProblem(refusal);
  }

  async function closeRoom(): Promise<void> {
    if (room) setLastAddress(room.address);
    await run(act('room/close', {}));
    setClosing(false);
  }

  return (
    <Dialog title="The room" onClose={onClose} className="room-dialog" data-testid="room-panel">
      {problem ? (
        <p className="notice notice-error room-refusal" role="alert">
          {problem}
        </p>
      ) : null}
      {state.kind === 'loading' ? (
        <p className="muted" role="status">
          Asking where the room stands…
        </p>
      ) : state.kind === 'failed' ? (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      ) : room === null ? (
        <>
          <p className="room-intro">
            Open the room to let phones and laptops on this network join the workshop from a browser, with a QR code or the
            address and a room code. Nothing goes over the internet.
          </p>
          <AddressChooser
            interfaces={state.status.interfaces}
            previous={lastAddress}
            onOpen={(address) => run(act('room/open', { workshopId, address }))}
            onCheckAgain={() => void run(act('room/status', {}))}
            onDone={onClose}
          />
        </>
      ) : room.workshopId !== workshopId ? (
        <div className="notice notice-warning" data-testid="room-elsewhere">
          <p>
            The room is open for another workshop. Close it there, or close it here and open it again for this one. Every
            device in it is disconnected.
          </p>
          <Button variant="danger" onClick={() => setClosing(true)}>
            Close the room
          </Button>
        </div>
      ) : (
        <OpenRoomDetails
          room={room}
          teams={teams}
          act={act}
          onRefused={setProblem}
          onUse={(address) => void run(act('room/open', { workshopId, address }))}
          onShowJoinScreen={onShowJoinScreen}
        />
      )}
      {/* Opening the room has its own row of buttons, with Done beside Open the room. */}
      {state.kind === 'ready' && room === null ? null : (
        <div className="dialog-actions room-panel-actions">
          {room !== null && room.workshopId === workshopId ? (
            <Button variant="ghost" className="danger-text room-close" onClick={() => setClosing(true)} data-testid="room-close">
              Close the room…
            </Button>
          ) : null}
          <Button onClick={onClose}>Done</Button>
        </div>
      )}
      {closing && room ? (
        <ConfirmDialog
          title="Close the room?"
          message={
            <>
              <p>
                Every device in the room is disconnected at once, and the code {room.code} stops working. People need a new code
                when you open the room again.
              </p>
              <p className="muted">The workshop stays open here, with everything the teams have done.</p>
            </>
          }
          confirmLabel="Close the room"
          danger
          onConfirm={closeRoom}
          onCancel={() => setClosing(false)}
        />
      ) : null}
    </Dialog>
  );
}

interface OpenRoomDetailsProps {
  readonly room: OpenRoom;
  readonly teams: readonly RoomTeam[];
  readonly act: RoomStatusHook['act'];
  readonly onRefused: (message: string) => void;
  readonly onUse: (address: string) => void;
  readonly onShowJoinScreen: (mode: JoinScreenMode) => void;
}

function OpenRoomDetails({ room, teams, act, onRefused, onUse, onShowJoinScreen }: OpenRoomDetailsProps) {
  const address = addressParts(room.url);
  const counts = deviceCounts(room.devices);
  return (
    <>
      {room.addressProblem !== undefined ? (
        <div className="notice notice-warning room-address-problem" role="alert" data-testid="room-address-problem">
          <p>
            <WarningIcon /> <strong>{room.addressProblem}</strong>
          </p>
          {room.suggestedAddress !== undefined ? (
            <Button variant="primary" onClick={() => onUse(room.suggestedAddress ?? '')}>
              Use {room.suggestedAddress}
            </Button>
          ) : (
            <p>Join the room’s Wi-Fi again, or close the room and open it on another network.</p>
          )}
        </div>
      ) : null}
      <div className="room-facts">
        <div className="room-fact">
          <span className="room-fact-label">Address</span>
          <span className="room-fact-value room-address-value" data-testid="room-url">
            <span className="room-scheme">{address.scheme}</span>
            {address.rest}
          </span>
        </div>
        <div className="room-fact">
          <span className="room-fact-label">Room code</span>
          <span className="room-fact-value room-code-value" data-testid="room-code" data-code={room.code}>
            <span aria-hidden="true">
              {codeGroups(room.code).map((part, i) => (
                <span key={i}>{part}</span>
              ))}
            </span>
            <span className="visually-hidden">{codeForReading(room.code)}</span>
          </span>
        </div>
        <div className="room-fact room-fact-count">
          <span className="room-fact-label">In the room</span>
          <span className="room-fact-value" data-testid="room-count">
            {counts.total} joined, {counts.connected} connected
          </span>
        </div>
      </div>
      <div className="room-show">
        <Button variant="primary" onClick={() => onShowJoinScreen('room')} aria-haspopup="dialog" data-testid="show-join-screen">
          Show join screen
        </Button>
        {teams.length > 1 ? (
          <Button onClick={() => onShowJoinScreen('teams')} aria-haspopup="dialog" data-testid="show-team-codes">
            A code per team
          </Button>
        ) : null}
        <span className="room-show-hint">For the projector: a large QR code, the address and the code.</span>
      </div>
      <Lobby devices={room.devices} teams={teams} act={act} onRefused={onRefused} />
      <details className="room-help">
        <summary>Devices cannot reach the room?</summary>
        <ul>
          <li>Check that they are on the same Wi-Fi as this computer. Guest Wi-Fi often keeps devices apart from each other: use the main network, or a phone’s hotspot.</li>
          <li>The first time, Windows or macOS asks whether Journey Room may accept incoming connections: allow it on private networks. If you said no, allow Journey Room in the firewall settings.</li>
          <li>Type the address exactly as shown, with the numbers after the colon.</li>
        </ul>
      </details>
    </>
  );
}
