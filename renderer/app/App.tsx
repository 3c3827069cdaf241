/**
 * The whole app, chosen by what this page is (its session, shared/room.ts):
 *
 * - the facilitator: the workshop library, or one open workshop, by the
 *   address's hash (#/workshop/<id>), or the projector's page for one
 *   (#/present/<id>);
 * - a member of the local-network room: the room's workshop as that person
 *   of that team, and nothing else of the library;
 * - a guest: the join screen (#/join/<code>[/<teamId>] from the room's QR
 *   codes, or a field for the code).
 *
 * Nothing shows until the host has said which, so a member's phone never
 * flashes the join screen while it reconnects with its credential.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Phase } from '../../shared/model';
import type { SessionState } from '../../shared/room';
import type { JourneyClient } from '../api/client';
import { ClientProvider } from '../api/client-context';
import { FACILITATOR, seatFor } from '../features/common/seat';
import { joinHash, joinRouteOf, type JoinRoute } from '../features/join/join-route';
import { NotifyProvider } from '../ui';
import { ConnectionBanner } from './ConnectionBanner';
import { JoinScreen } from '../features/join/JoinScreen';
import { LibraryScreen, ProjectorRoute } from './on-demand';
import { loadScreen } from './phase-screens';
import { replaceHash, useHash } from './use-hash';
import { useSession } from './use-session';
import { WorkshopView } from './WorkshopView';
import './app.css';

const WORKSHOP_HASH = /^#\/workshop\/([^/]+)$/;
const PRESENT_HASH = /^#\/present\/([^/]+)$/;

function workshopHash(id: string): string {
  return `#/workshop/${encodeURIComponent(id)}`;
}

function workshopIdIn(hash: string, pattern = WORKSHOP_HASH): string | null {
  const match = pattern.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export function App({ client }: { client: JourneyClient }) {
  return (
    <ClientProvider client={client}>
      <NotifyProvider>
        <ConnectionBanner />
        <BySession />
      </NotifyProvider>
    </ClientProvider>
  );
}

function BySession() {
  const session = useSession();
  if (session === null) return <Connecting />;
  if (session.kind === 'member') return <MemberApp session={session} />;
  if (session.kind === 'guest') return <GuestApp ended={session.ended} />;
  return <FacilitatorApp />;
}

/** Until the host has said what this page is. */
function Connecting() {
  return (
    <main className="app-connecting">
      <p className="muted" role="status" data-testid="connecting">
        Connecting to the workshop…
      </p>
    </main>
  );
}

function FacilitatorApp() {
  const hash = useHash();
  const workshopId = workshopIdIn(hash);
  const presentedId = workshopIdIn(hash, PRESENT_HASH);
  // A workshop the library just opened (or created) takes the keyboard's focus; one loaded with the page leaves it be.
  const [openedHere, setOpenedHere] = useState(false);
  const open = useCallback((id: string) => {
    setOpenedHere(true);
    window.location.hash = workshopHash(id);
  }, []);
  const back = useCallback(() => {
    window.location.hash = '#/';
  }, []);

  useEffect(() => {
    if (workshopId === null && presentedId === null) document.title = 'Journey Room';
  }, [workshopId, presentedId]);

  if (presentedId !== null) return <ProjectorRoute key={presentedId} workshopId={presentedId} />;
  if (workshopId === null) return <LibraryScreen onOpen={open} />;
  return <WorkshopView key={workshopId} workshopId={workshopId} seat={FACILITATOR} onBack={back} focusOnOpen={openedHere} />;
}

type MemberSession = Extract<SessionState, { kind: 'member' }>;

/** A device in the room: its workshop, as its person of its team, wherever the address pointed. */
function MemberApp({ session }: { session: MemberSession }) {
  const { workshopId, teamId, participantId, name } = session;
  const seat = useMemo(() => seatFor(teamId, participantId), [teamId, participantId]);
  const hash = useHash();

  useEffect(() => {
    // The join address (or the library's, or any other) gives way to the workshop's: this device shows nothing else.
    replaceHash(workshopHash(workshopId));
  }, [workshopId, hash]);

  // A new team is a new view of the workshop: the page opens it afresh as that team.
  return <WorkshopView key={`${workshopId}/${teamId}/${participantId}`} workshopId={workshopId} seat={seat} member={{ name }} />;
}

/** While a guest types their name, the screen of the room's step is fetched, so the board follows the Join press at once. */
function fetchRoomScreen(phase: Phase): void {
  // A screen that fails to arrive now is fetched again when the workshop opens, and says so there if it still fails.
  loadScreen(phase).catch(() => undefined);
}

function GuestApp({ ended }: { ended: string | undefined }) {
  const route = joinRouteOf(useHash());
  const go = useCallback((next: JoinRoute | null) => {
    window.location.hash = joinHash(next);
  }, []);
  return <JoinScreen route={route} ended={ended} onRoute={go} onRoomPhase={fetchRoomScreen} />;
}
