/**
 * The projector's page as the app's shell puts it together: the projector
 * view (features/present) with the room's join address and code, which it
 * takes from the room's own status and QR drawing (features/room). A screen
 * does not reach into another, so the shell hands one to the other.
 */
import { useCallback, useMemo } from 'react';
import type { RoomJoinInfo } from '../../shared/present/projector';
import { ProjectorPage } from '../features/present/ProjectorPage';
import { QrCode } from '../features/room/QrCode';
import { useRoomStatus } from '../features/room/use-room-status';

export function ProjectorRoute({ workshopId }: { readonly workshopId: string }) {
  // Only the facilitator's pages come here (App.tsx), and only they may ask about the room.
  const { state } = useRoomStatus(true);
  const open = state.kind === 'ready' && state.status.room?.workshopId === workshopId ? state.status.room : null;
  const code = open?.code;
  const joinUrl = open?.joinUrl;
  const url = open?.url;
  const devices = open?.devices.length ?? 0;
  // The same object while the room's join details stay the same, so the wall is not redrawn for nothing.
  const room: RoomJoinInfo | null = useMemo(
    () => (code !== undefined && joinUrl !== undefined && url !== undefined ? { code, joinUrl, url, devices } : null),
    [code, joinUrl, url, devices],
  );
  const renderQr = useCallback(
    (text: string, label: string) => <QrCode text={text} label={label} data-testid="projector-qr" />,
    [],
  );
  return <ProjectorPage workshopId={workshopId} room={room} renderQr={renderQr} />;
}
