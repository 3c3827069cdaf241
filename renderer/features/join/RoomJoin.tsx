/**
 * Joining a room whose code is known: the workshop's title, its teams, then
 * the person. A team from the address (a team's own QR code) is chosen
 * already. Every refusal is the host's own sentence, shown where the person
 * is looking; after one, the room is asked again, since someone may have
 * taken a name in the meantime.
 */
import { useEffect, useRef, useState } from 'react';
import type { Phase } from '../../../shared/model';
import { describeError } from '../../api/client';
import { useClient } from '../../api/client-context';
import { Button } from '../../ui';
import { NameChoice, type Joiner } from './NameChoice';
import { TeamChoice } from './TeamChoice';
import { useRoomPreview } from './use-room-preview';

export interface RoomJoinProps {
  readonly code: string;
  readonly teamId: string | null;
  /** Back to typing a code. */
  readonly onOtherCode: () => void;
  /** The room's step, once the room is found. */
  readonly onRoomPhase?: ((phase: Phase) => void) | undefined;
}

export function RoomJoin({ code, teamId, onOtherCode, onRoomPhase }: RoomJoinProps) {
  const client = useClient();
  const { state, reload } = useRoomPreview(code);
  const roomPhase = state.kind === 'ready' ? state.preview.phase : null;
  useEffect(() => {
    if (roomPhase !== null) onRoomPhase?.(roomPhase);
  }, [roomPhase, onRoomPhase]);
  const [chosenId, setChosenId] = useState<string | null>(teamId);
  const [joining, setJoining] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  if (state.kind === 'loading') {
    return (
      <p className="entry-lead" role="status">
        Looking for the room…
      </p>
    );
  }
  if (state.kind === 'failed') {
    return <PreviewFailed code={code} message={state.message} onRetry={state.mayRetry ? reload : null} onOtherCode={onOtherCode} />;
  }

  const { preview } = state;
  const team = preview.teams.find((t) => t.id === chosenId) ?? null;

  async function join(joiner: Joiner): Promise<void> {
    if (joining || !team) return;
    setJoining(true);
    setRefusal(null);
    try {
      // On success the host seats this page and the app shows the team's board in place of this screen.
      await client.joinRoom({ code, teamId: team.id, ...joiner });
    } catch (error) {
      setRefusal(describeError(error));
      setJoining(false);
      reload();
    }
  }

  return (
    <>
      <p className="entry-kicker">Joining</p>
      <h1 id="entry-heading" data-testid="join-workshop-title">
        {preview.workshopTitle}
      </h1>
      <TeamChoice
        teams={preview.teams}
        chosenId={team?.id ?? null}
        onChoose={(id) => {
          setChosenId(id);
          setRefusal(null);
        }}
        disabled={joining}
      />
      {team ? <NameChoice key={team.id} team={team} joining={joining} onJoin={(joiner) => void join(joiner)} /> : null}
      {refusal ? <Refusal message={refusal} /> : null}
    </>
  );
}

/** The host's no, brought into sight: on a phone it appears below the Join button, under the fold. */
function Refusal({ message }: { message: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [message]);
  return (
    <p ref={ref} className="entry-refusal" role="alert" data-testid="join-refusal">
      {message}
    </p>
  );
}

interface PreviewFailedProps {
  readonly code: string;
  readonly message: string;
  /** Absent for a wrong code, which asking again would only count against this device. */
  readonly onRetry: (() => void) | null;
  readonly onOtherCode: () => void;
}

function PreviewFailed({ code, message, onRetry, onOtherCode }: PreviewFailedProps) {
  return (
    <>
      <h1 id="entry-heading">Join the workshop</h1>
      <p className="entry-refusal" role="alert" data-testid="join-refusal">
        {message}
      </p>
      {/* The code as it was tried, to hold against the one on the screen. */}
      <p className="entry-note">
        The code tried: <strong className="entry-tried-code">{code}</strong>
      </p>
      <div className="entry-actions">
        <Button variant="primary" className="entry-wide-button" onClick={onOtherCode}>
          Type the code again
        </Button>
        {onRetry ? (
          <Button className="entry-wide-button" onClick={onRetry}>
            Try this code again
          </Button>
        ) : null}
      </div>
    </>
  );
}
