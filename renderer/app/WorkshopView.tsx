/**
 * An open workshop: top bar, phase tabs, the team switcher where a screen
 * shows one team's work, and the screen itself. Choosing a tab also tells the
 * host, so the workshop remembers which phase the room is in.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ClientCommand } from '../../shared/commands';
import type { Id, Phase, Workshop } from '../../shared/model';
import type { PaperSize } from '../../shared/wire';
import { seatFor } from '../features/seat';
import { Button, EmptyState } from '../ui';
import { useClient } from './client-context';
import { PHASE_PANEL_ID, PhaseTabs, tabId } from './PhaseTabs';
import { PhaseScreen } from './PhaseScreen';
import { PHASE_TABS } from './phases';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { TopBar } from './TopBar';
import { useConnection } from './use-connection';
import type { LiveState, LiveWorkshop } from './live-workshop';
import { LiveWorkshopProvider, useLiveState, useLiveWorkshop } from './use-live-workshop';
import { useUndoShortcuts } from './use-undo-shortcuts';

export interface WorkshopViewProps {
  readonly workshopId: string;
  readonly onBack: () => void;
}

export function WorkshopView({ workshopId, onBack }: WorkshopViewProps) {
  const store = useLiveWorkshop(workshopId);
  const live = useLiveState(store);
  const workshop = live.workshop;

  if (!workshop) {
    return (
      <main className="workshop-loading">
        {live.loadError ? (
          <EmptyState title="This workshop could not be opened" action={<Button onClick={onBack}>Back to all workshops</Button>}>
            <p>{live.loadError}</p>
          </EmptyState>
        ) : (
          <p className="muted" role="status">
            Opening the workshop…
          </p>
        )}
      </main>
    );
  }
  return (
    <LiveWorkshopProvider value={store}>
      <OpenWorkshop store={store} live={live} workshop={workshop} onBack={onBack} />
    </LiveWorkshopProvider>
  );
}

function OpenWorkshop({
  store,
  live,
  workshop,
  onBack,
}: {
  store: LiveWorkshop;
  live: LiveState;
  workshop: Workshop;
  onBack: () => void;
}) {
  const client = useClient();
  const connection = useConnection();
  const dispatch = useCallback((command: ClientCommand) => store.dispatch(command), [store]);
  // The tab on this screen starts where the room was; after that this page chooses.
  const [phase, setPhase] = useState<Phase>(workshop.phase);
  const [chosenTeam, setChosenTeam] = useState<Id | null>(null);
  // A team's page ("?team=<id>") works as that team only; the facilitator's page chooses.
  const joinedTeam = client.joinedTeamId ?? null;
  // Screens offer only what this page's seat may do, so a team never meets a button the host refuses.
  const seat = useMemo(() => seatFor(joinedTeam), [joinedTeam]);
  const { canUndo, canRedo } = live.history;

  const firstTeam = workshop.teams[0];
  const teamId = workshop.teams.find((team) => team.id === (joinedTeam ?? chosenTeam))?.id ?? firstTeam?.id ?? '';
  const tab = PHASE_TABS.find((t) => t.phase === phase);

  useEffect(() => {
    document.title = `${workshop.title} — Journey Room`;
  }, [workshop.title]);

  const choosePhase = useCallback(
    (next: Phase) => {
      setPhase(next);
      // Where the room is, is the facilitator's to say; a team's page just looks.
      if (next !== workshop.phase && joinedTeam === null) void dispatch({ type: 'phase/set', phase: next });
    },
    [dispatch, workshop.phase, joinedTeam],
  );

  const doUndo = useCallback(() => void store.undo(), [store]);
  const doRedo = useCallback(() => void store.redo(), [store]);
  useUndoShortcuts({ canUndo, canRedo, undo: doUndo, redo: doRedo });

  const exportPdf = useCallback(
    (paper: PaperSize) => client.exportPdf(workshop.id, paper),
    [client, workshop.id],
  );

  return (
    <div className="workshop">
      <TopBar
        title={workshop.title}
        organisation={workshop.organisation}
        saveState={live.saveState}
        connection={connection}
        canUndo={canUndo}
        canRedo={canRedo}
        onUndo={doUndo}
        onRedo={doRedo}
        onBack={onBack}
      />
      <nav className="phase-bar" aria-label="Phases">
        <PhaseTabs current={phase} onChoose={choosePhase} />
        {tab?.perTeam && joinedTeam !== null ? (
          <div className="team-switcher" data-testid="joined-team">
            <span>Team</span>
            <span>{workshop.teams.find((team) => team.id === teamId)?.name}</span>
          </div>
        ) : tab?.perTeam && workshop.teams.length > 0 ? (
          <label className="team-switcher">
            <span>Team</span>
            <select
              className="select"
              value={teamId}
              onChange={(event) => setChosenTeam(event.target.value)}
              data-testid="team-switcher"
            >
              {workshop.teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </nav>
      <main id={PHASE_PANEL_ID} className="phase-panel" role="tabpanel" aria-labelledby={tabId(phase)}>
        <ScreenErrorBoundary resetKey={phase}>
          <PhaseScreen phase={phase} workshop={workshop} dispatch={dispatch} teamId={teamId} exportPdf={exportPdf} undo={doUndo} seat={seat} />
        </ScreenErrorBoundary>
      </main>
    </div>
  );
}
