/**
 * The Room control in the workshop's top bar, for the facilitator only: a
 * button that says whether the room is open and how many devices are
 * connected, the Room dialog it opens, and the projector's join screen.
 * It follows the room live from the moment the workshop opens, so the button
 * is right even while the dialog is closed.
 */
import { useMemo, useState, useSyncExternalStore } from 'react';
import { useClient } from '../../api/client-context';
import { useWorkshopSelector } from '../../store/use-live-workshop';
import { Button, WarningIcon } from '../../ui';
import { JoinScreen } from './JoinScreen';
import { roomButtonLook, type RoomTeam } from './room-logic';
import { RoomPanel, type JoinScreenMode } from './RoomPanel';
import { useRoomStatus } from './use-room-status';
import './room.css';

export function RoomControl({ workshopId }: { readonly workshopId: string }) {
  const client = useClient();
  const session = useSyncExternalStore(
    (onChange) => client.onSession(onChange),
    () => client.session,
  );
  // Only the facilitator runs the room; a member's or guest's page never asks about it.
  const isFacilitator = session?.kind === 'facilitator';
  const { state, act } = useRoomStatus(isFacilitator);
  const title = useWorkshopSelector((w) => w.title);
  const workshopTeams = useWorkshopSelector((w) => w.teams);
  const teams: readonly RoomTeam[] = useMemo(
    () => workshopTeams.map((t) => ({ id: t.id, name: t.name, color: t.color })),
    [workshopTeams],
  );
  const [panelOpen, setPanelOpen] = useState(false);
  const [joinScreen, setJoinScreen] = useState<JoinScreenMode | null>(null);

  if (!isFacilitator) return null;
  const status = state.kind === 'ready' ? state.status : null;
  const look = roomButtonLook(status, workshopId);
  const room = status?.room?.workshopId === workshopId ? status.room : null;
  // A join screen left open when the room closed is not shown again when it opens with a new code.
  if (room === null && joinScreen !== null && state.kind === 'ready') setJoinScreen(null);

  return (
    <>
      <Button
        size="sm"
        className={`room-button room-button-${look.tone}`}
        onClick={() => setPanelOpen(true)}
        aria-haspopup="dialog"
        data-testid="room-button"
      >
        {look.tone === 'problem' ? <WarningIcon /> : <span className="room-button-dot" aria-hidden="true" />}
        {look.text}
      </Button>
      {panelOpen ? (
        <RoomPanel
          workshopId={workshopId}
          teams={teams}
          state={state}
          act={act}
          onShowJoinScreen={setJoinScreen}
          onClose={() => setPanelOpen(false)}
        />
      ) : null}
      {/* The join screen goes when the room closes (from another window too): its code no longer works. */}
      {joinScreen !== null && room !== null ? (
        <JoinScreen
          room={room}
          teams={teams}
          workshopTitle={title}
          mode={joinScreen}
          onMode={setJoinScreen}
          onUseAddress={(address) => void act('room/open', { workshopId, address }).catch(() => undefined)}
          onClose={() => setJoinScreen(null)}
        />
      ) : null}
    </>
  );
}
