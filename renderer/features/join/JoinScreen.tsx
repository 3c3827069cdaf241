/**
 * The page a guest sees: a laptop or phone that has not joined the room
 * yet, or whose seat has ended. With a code in the address (from the room's
 * QR code) it goes straight to choosing a team and a name; without one it
 * asks for the code. When a seat ended (the facilitator took the device out,
 * or closed the room) the host's sentence says so above everything else.
 */
import { useEffect } from 'react';
import type { Phase } from '../../../shared/model';
import { CodeForm } from './CodeForm';
import { checkRoomCode, type JoinRoute } from './join-route';
import { RoomJoin } from './RoomJoin';
import './join.css';

export interface JoinScreenProps {
  /** The code (and team) from the address, or null when there is none. */
  readonly route: JoinRoute | null;
  /** Why this page's seat ended, in the host's words. */
  readonly ended?: string | undefined;
  /** Goes to another join address: a code typed, or back to typing one. */
  readonly onRoute: (route: JoinRoute | null) => void;
  /** The room was found, at this step: the app may fetch that step's screen while the person types their name. */
  readonly onRoomPhase?: ((phase: Phase) => void) | undefined;
}

export function JoinScreen({ route, ended, onRoute, onRoomPhase }: JoinScreenProps) {
  useEffect(() => {
    document.title = 'Join the workshop — Journey Room';
  }, []);

  return (
    <main className="entry" aria-labelledby="entry-heading">
      <div className="entry-card">
        <p className="entry-brand">Journey Room</p>
        {ended ? (
          <p className="entry-ended" role="status" data-testid="join-ended">
            {ended}
          </p>
        ) : null}
        <JoinStep route={route} onRoute={onRoute} onRoomPhase={onRoomPhase} />
      </div>
    </main>
  );
}

type JoinStepProps = Pick<JoinScreenProps, 'onRoute' | 'onRoomPhase'> & { readonly route: JoinRoute | null };

function JoinStep({ route, onRoute, onRoomPhase }: JoinStepProps) {
  const chooseCode = (code: string) => onRoute({ code, teamId: null });
  if (!route) return <CodeForm onCode={chooseCode} />;
  const checked = checkRoomCode(route.code);
  // A code in the address that is not one (typed by hand, cut short): the form shows it, and why.
  if (!checked.ok) return <CodeForm key={route.code} initialCode={route.code} initialError={checked.message} onCode={chooseCode} />;
  return <RoomJoin key={`${checked.code}/${route.teamId ?? ''}`} code={checked.code} teamId={route.teamId} onOtherCode={() => onRoute(null)} onRoomPhase={onRoomPhase} />;
}
