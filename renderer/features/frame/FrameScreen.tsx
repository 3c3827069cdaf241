/**
 * The Frame phase: who the customer is, the journey's stages and channels,
 * the teams in the room and the pillars they will rate against; and, for
 * rooms without a shared network, the teams' packs and the merge of the
 * team files they bring back.
 */
import { useCallback } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import { useNotify } from '../../ui';
import type { ScreenProps } from '../common/screen-props';
import { isTeamSeat } from '../common/seat';
import { AgendaEditor } from './AgendaEditor';
import { DetailsForm } from './DetailsForm';
import { FrameOverview } from './FrameOverview';
import { FrameworkPicker } from './FrameworkPicker';
import { movedSentence } from './named-list-reorder';
import { NamedList } from './NamedList';
import { TeamFilesCard } from './TeamFilesCard';
import { TeamsList } from './TeamsList';
import './frame.css';
import { useWorkshop } from '../../store/use-live-workshop';

export function FrameScreen(props: ScreenProps) {
  // Everything on this screen is the facilitator's to change: a team's page reads it.
  if (isTeamSeat(props.seat)) return <FrameReadOnly ownTeamId={props.seat.teamId} />;
  return <FrameEditor {...props} />;
}

function FrameReadOnly({ ownTeamId }: { ownTeamId: string }) {
  const workshop = useWorkshop();
  return <FrameOverview workshop={workshop} ownTeamId={ownTeamId} teamCopy={workshop.teamCopy !== null} />;
}

function FrameEditor({ dispatch }: ScreenProps) {
  const workshop = useWorkshop();
  const { announce, toast } = useNotify();

  /** Sends a command; resolves with the refusal to show beside the control, or null. */
  const send = useCallback(
    async (command: ClientCommand, done?: string): Promise<string | null> => {
      const outcome = await dispatch(command);
      if (!outcome.ok) return outcome.message;
      if (done) announce(done);
      return null;
    },
    [announce, dispatch],
  );

  const countIn = (key: 'stageId' | 'channelId') => (id: string) =>
    workshop.touchpoints.filter((t) => t[key] === id).length;
  const nameOf = (list: readonly { id: string; name: string }[], id: string) =>
    list.find((item) => item.id === id)?.name ?? '';
  /** "Moved Buy to position 3 of 7, after Choose." — for a drop and for the up and down buttons alike. */
  const moved = (list: readonly { id: string; name: string }[], id: string, toIndex: number) =>
    movedSentence(
      list.map((item) => item.name),
      list.findIndex((item) => item.id === id),
      Math.min(toIndex, list.length - 1),
    );

  return (
    <div className="frame-screen">
      <div className="frame-columns">
        <DetailsForm workshop={workshop} update={(fields) => send({ type: 'workshop/update', ...fields }, 'Saved.')} />
        <div className="frame-column">
          <NamedList
            noun="stage"
            title="Stages of the journey"
            items={workshop.stages}
            moveWords={['earlier', 'later']}
            touchpointCount={countIn('stageId')}
            onAdd={(name) => send({ type: 'stage/add', name }, `Added the stage ${name}.`)}
            onRename={(stageId, name) => send({ type: 'stage/rename', stageId, name }, `Renamed to ${name}.`)}
            onMove={(stageId, toIndex) =>
              send({ type: 'stage/move', stageId, toIndex }, moved(workshop.stages, stageId, toIndex))
            }
            onRemove={(stageId) =>
              send({ type: 'stage/remove', stageId }, `Removed the stage ${nameOf(workshop.stages, stageId)}. Undo brings it back.`)
            }
          />
          <NamedList
            noun="channel"
            title="Channels"
            items={workshop.channels}
            moveWords={['up', 'down']}
            touchpointCount={countIn('channelId')}
            onAdd={(name) => send({ type: 'channel/add', name }, `Added the channel ${name}.`)}
            onRename={(channelId, name) => send({ type: 'channel/rename', channelId, name }, `Renamed to ${name}.`)}
            onMove={(channelId, toIndex) =>
              send({ type: 'channel/move', channelId, toIndex }, moved(workshop.channels, channelId, toIndex))
            }
            onRemove={(channelId) =>
              send(
                { type: 'channel/remove', channelId },
                `Removed the channel ${nameOf(workshop.channels, channelId)}. Undo brings it back.`,
              )
            }
          />
        </div>
        <div className="frame-column">
          <TeamsList
            teams={workshop.teams}
            onAdd={(name) => send({ type: 'team/add', name }, `Added ${name}.`)}
            onRename={(teamId, name) => send({ type: 'team/rename', teamId, name }, `Renamed to ${name}.`)}
            onRemove={(teamId) => send({ type: 'team/remove', teamId }, `Removed ${nameOf(workshop.teams, teamId)}.`)}
          />
          <AgendaEditor agenda={workshop.agenda} send={send} />
        </div>
      </div>
      {/* Packs are made from the facilitator's own workshop, never from a team's copy. */}
      {workshop.teamCopy === null ? <TeamFilesCard dispatch={dispatch} /> : null}
      <FrameworkPicker
        current={workshop.framework}
        ratingCount={workshop.ratings.length}
        send={send}
        onChoose={async (preset) => {
          const refusal = await send({ type: 'framework/use', preset }, 'Framework changed.');
          if (refusal) toast(refusal, 'error');
        }}
      />
    </div>
  );
}
