/**
 * The projector's page (#/present/<workshopId>): the whole window, no bars
 * or tabs, following what the facilitator puts on the wall as it changes.
 * It opens the workshop through the same live store as the workshop view,
 * but draws only the projection (shared/present/projector.ts), so nothing
 * still hidden reaches the wall. Type is sized for 1280×720 read from the
 * back of a room: never below 24 px, key figures far larger.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { projection, type RoomJoinInfo } from '../../../shared/present/projector';
import { useClient } from '../../api/client-context';
import { ScoreLookProvider } from '../../ui';
import { LiveWorkshopProvider, useLiveSelector, useLiveWorkshop, useWorkshopExactly } from '../../store/use-live-workshop';
import { Countdown } from './Countdown';
import { ActivityView, HeatmapView, JoinView, PlanView, VotesView, WaitingView, WeakestView, type RenderQr } from './ProjectorViews';
import { useHighContrast } from './use-high-contrast';
import { useHostNow } from './use-host-clock';
import './projector.css';

export interface ProjectorPageProps {
  readonly workshopId: string;
  /** The room, when it is open for this workshop; the page's shell follows it. */
  readonly room: RoomJoinInfo | null;
  readonly renderQr: RenderQr;
}

export function ProjectorPage({ workshopId, room, renderQr }: ProjectorPageProps) {
  const store = useLiveWorkshop(workshopId);
  const opened = useLiveSelector(store, (live) => live.workshop !== null);
  const loadError = useLiveSelector(store, (live) => live.loadError);
  const [highContrast, toggleContrast] = useHighContrast();

  return (
    <div className={`wall${highContrast ? ' wall-contrast' : ''}`} data-testid="projector">
      {opened ? (
        <LiveWorkshopProvider value={store}>
          {/* In its high-contrast look the wall's scores take the scale's high-contrast colours too. */}
          <ScoreLookProvider value={highContrast ? 'high' : null}>
            <Wall room={room} renderQr={renderQr} />
          </ScoreLookProvider>
        </LiveWorkshopProvider>
      ) : (
        <main className="wall-main">
          <div className="wall-message">
            <h1 className="wall-heading">{loadError ? 'This workshop could not be opened' : 'Opening the workshop…'}</h1>
            {loadError ? <p className="wall-sentence">{loadError}</p> : null}
          </div>
        </main>
      )}
      <button
        type="button"
        className="wall-contrast-toggle"
        aria-pressed={highContrast}
        aria-label="High contrast"
        title="High contrast"
        onClick={toggleContrast}
        data-testid="projector-contrast"
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12 3a9 9 0 0 1 0 18z" fill="currentColor" />
        </svg>
      </button>
    </div>
  );
}

function Wall({ room, renderQr }: { room: RoomJoinInfo | null; renderQr: RenderQr }) {
  const workshop = useWorkshopExactly();
  const shown = useMemo(() => projection(workshop, room), [workshop, room]);
  const hostNow = useHostNow(shown.timer !== null && shown.timer.endsAt !== null);
  const body = shown.body;
  const client = useClient();
  const connection = useSyncExternalStore((onChange) => client.onConnection(onChange), () => client.connection);

  useEffect(() => {
    document.title = `Projector — ${shown.workshopTitle}`;
  }, [shown.workshopTitle]);

  return (
    <main className={`wall-main wall-view-${body.view}`} data-view={body.view} data-testid="projector-view">
      <header className="wall-top">
        <p className="wall-title">{shown.workshopTitle}</p>
        {/* The wall covers the app's own banner: a wall that lost its line says so, rather than show old news. */}
        {connection === 'reconnecting' || connection === 'refused' ? (
          <p className="wall-offline" role="status" data-testid="projector-offline">
            {connection === 'refused' ? 'This page no longer matches the app: reload it.' : 'Reconnecting…'}
          </p>
        ) : null}
        {shown.timer && body.view !== 'activity' ? <Countdown timer={shown.timer} hostNow={hostNow} size="corner" /> : null}
      </header>
      <div className="wall-body">
        {body.view === 'activity' ? <ActivityView body={body} hostNow={hostNow} /> : null}
        {body.view === 'join' ? <JoinView body={body} renderQr={renderQr} /> : null}
        {body.view === 'heatmap' ? <HeatmapView body={body} /> : null}
        {body.view === 'weakest' ? <WeakestView body={body} /> : null}
        {body.view === 'votes' ? <VotesView body={body} /> : null}
        {body.view === 'plan' ? <PlanView body={body} /> : null}
        {body.view === 'waiting' ? <WaitingView body={body} /> : null}
      </div>
    </main>
  );
}
