/**
 * The join screen, for the projector: the whole window, black on white, to
 * be read from the back of the room at 1280×720. One mode shows a single
 * large QR code with the address and the room code beside it; the other a
 * code per team, with the team's name and colour, so each person scans
 * their own team's. Escape or the Close button puts the panel back.
 */
import type { OpenRoom } from '../../../shared/room';
import { Button, CloseIcon, Dialog } from '../../ui';
import { QrCode } from './QrCode';
import { addressParts, codeForReading, codeGroups, joinedSentence, type RoomTeam } from './room-logic';
import type { JoinScreenMode } from './RoomPanel';
import './join-screen.css';

export interface JoinScreenProps {
  readonly room: OpenRoom;
  readonly teams: readonly RoomTeam[];
  readonly workshopTitle: string;
  readonly mode: JoinScreenMode;
  readonly onMode: (mode: JoinScreenMode) => void;
  /** Moves the room to another of this computer's addresses (when the chosen one went away). */
  readonly onUseAddress: (address: string) => void;
  readonly onClose: () => void;
}

export function JoinScreen({ room, teams, workshopTitle, mode, onMode, onUseAddress, onClose }: JoinScreenProps) {
  const address = addressParts(room.url);
  const perTeam = mode === 'teams' && teams.length > 1;
  return (
    <Dialog
      title={perTeam ? 'Scan your team’s code to join' : `Join ${workshopTitle}`}
      onClose={onClose}
      className={`join-screen${perTeam ? ' join-screen-teams' : ''}`}
      data-testid="join-screen"
    >
      <div className="join-controls">
        {teams.length > 1 ? (
          <Button onClick={() => onMode(perTeam ? 'room' : 'teams')} data-testid="join-screen-mode">
            {perTeam ? 'One code for everyone' : 'A code per team'}
          </Button>
        ) : null}
        <Button onClick={onClose} aria-keyshortcuts="Escape" data-testid="join-screen-close">
          <CloseIcon /> Close (Esc)
        </Button>
      </div>
      {room.addressProblem !== undefined ? (
        // The room said its address went away: the codes on the wall no longer work, and the room must say so.
        <div className="join-address-problem" role="alert" data-testid="join-address-problem">
          <p>
            <strong>The address below no longer works.</strong> {room.addressProblem}
          </p>
          {room.suggestedAddress !== undefined ? (
            <Button variant="primary" onClick={() => onUseAddress(room.suggestedAddress ?? '')}>
              Move the room to {room.suggestedAddress}
            </Button>
          ) : null}
        </div>
      ) : null}
      {perTeam ? (
        <TeamCodes room={room} teams={teams} />
      ) : (
        <div className="join-single">
          <QrCode text={room.joinUrl} label="QR code that opens the join page with the room code" className="join-qr" data-testid="join-qr" />
          <div className="join-words">
            <p className="join-instruction">Scan the code, or type the address and the room code</p>
            <p className="join-label">Address</p>
            <p className="join-address" data-testid="join-address">
              <span className="join-scheme">{address.scheme}</span>
              {address.rest}
            </p>
            <p className="join-label">Room code</p>
            <p className="join-code" data-testid="join-code">
              <span aria-hidden="true">
                {codeGroups(room.code).map((part, i) => (
                  <span key={i}>{part}</span>
                ))}
              </span>
              <span className="visually-hidden">{codeForReading(room.code)}</span>
            </p>
            <p className="join-count" role="status" data-testid="join-count">
              {joinedSentence(room.devices.length)}
            </p>
          </div>
        </div>
      )}
    </Dialog>
  );
}

/** One code per team: each opens the join page with the room code and that team chosen. */
function TeamCodes({ room, teams }: { room: OpenRoom; teams: readonly RoomTeam[] }) {
  const address = addressParts(room.url);
  const shown = teams.flatMap((team) => {
    const url = room.teamJoinUrls.find((entry) => entry.teamId === team.id)?.url;
    return url === undefined ? [] : [{ team, url, joined: room.devices.filter((d) => d.teamId === team.id).length }];
  });
  const columns = shown.length <= 4 ? Math.max(shown.length, 1) : Math.ceil(shown.length / 2);
  // With more than four teams the codes need every row there is: each team's count gives way.
  const few = shown.length <= 4;
  return (
    <>
      <div className="join-team-line">
        <p className="join-instruction">
          or type <strong>{address.rest}</strong> and the room code{' '}
          <strong className="join-team-code" data-testid="join-code">
            <span aria-hidden="true">
              {codeGroups(room.code).map((part, i) => (
                <span key={i}>{part}</span>
              ))}
            </span>
            <span className="visually-hidden">{codeForReading(room.code)}</span>
          </strong>
        </p>
        <p className="join-count" role="status" data-testid="join-count">
          {joinedSentence(room.devices.length)}
        </p>
      </div>
      <ul className="join-teams" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
        {shown.map(({ team, url, joined }) => (
          <li key={team.id} className="join-team" style={{ borderTopColor: team.color }} data-testid="join-team">
            <span className="join-team-name">
              <span className="join-team-swatch" style={{ background: team.color }} aria-hidden="true" />
              {team.name}
            </span>
            <QrCode text={url} label={`QR code to join ${team.name}`} className="join-team-qr" data-testid="join-team-qr" />
            {few ? <span className="join-team-count">{joined === 0 ? 'No one yet' : `${joined} joined`}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
