/**
 * An open workshop: top bar, phase tabs, the team switcher where a screen
 * shows one team's work, and the screen itself. The page works as its seat:
 * the facilitator chooses a team to look at and runs the room from the
 * facilitation bar ("Next: Rate"); a member of the room works as its own
 * team, says who it is in the top bar, and is brought to the room's phase
 * whenever the facilitator moves it on. On every page a tab only changes
 * what that page looks at: the room's phase is shared state, moved on purpose.
 * A team's copy (opened from a team pack on a team's own laptop) works as
 * that team's seat too, but nobody moves the room there: its tabs are free,
 * it offers none of the room's controls, and its top bar says whose copy it
 * is and that the team file goes back to the facilitator.
 */
import { Activity, memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { ClientCommand } from '../../shared/commands';
import type { Id, Phase } from '../../shared/model';
import type { ExportOptions, PaperSize } from '../../shared/wire';
import { isTeamSeat, mayRequest, seatFor, type Seat } from '../features/common/seat';
import { skipLinksFor } from '../features/common/skip-targets';
import { FacilitationBar } from '../features/facilitate/FacilitationBar';
import { RoomNote } from '../features/facilitate/RoomNote';
import { useHostClock } from '../features/facilitate/use-host-clock';
import { useBallotSeal } from '../features/voting/seal/use-ballot-seal';
import { Button, EmptyState, SkipLinks } from '../ui';
import { useClient } from '../api/client-context';
import { PHASE_PANEL_ID, PhaseTabs, tabId } from './PhaseTabs';
import { PhaseScreen } from './PhaseScreen';
import { PHASE_TABS } from '../ui/phases';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { TopBar } from './TopBar';
import { UnsavedBanner } from './UnsavedBanner';
import { useConnection } from './use-connection';
import type { LiveWorkshop } from '../store/live-workshop';
import { LiveWorkshopProvider, useLiveSelector, useLiveWorkshop, useWorkshopSelector } from '../store/use-live-workshop';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { rememberedTab, rememberedTeam, rememberTab, rememberTeam } from './viewed-tab';
import { useAheadPhase, useScreenPhase } from './use-screen-phase';
import { HistoryDialog, ProjectorButton, RoomControl, SealedBallot } from './on-demand';
import './workshop-main.css';

export interface WorkshopViewProps {
  readonly workshopId: string;
  /** Who this page works as (shared/seat.ts): the facilitator, or one person of one team. */
  readonly seat: Seat;
  /** Back to the library; absent for a member of the room, whose page shows this workshop only. */
  readonly onBack?: () => void;
  /** A member of the room: the person's name, for the top bar. */
  readonly member?: { readonly name: string };
  /** Opened from the library just now (created or chosen): the keyboard's focus goes to the workshop's heading. */
  readonly focusOnOpen?: boolean;
}

export function WorkshopView({ workshopId, seat, onBack, member, focusOnOpen = false }: WorkshopViewProps) {
  const store = useLiveWorkshop(workshopId);
  // Only whether it is open and why not: the screens read the workshop themselves.
  const opened = useLiveSelector(store, (live) => live.workshop !== null);
  const loadError = useLiveSelector(store, (live) => live.loadError);

  if (!opened) {
    return (
      <main className="workshop-loading">
        {loadError ? (
          <EmptyState
            title="This workshop could not be opened"
            action={onBack ? <Button onClick={onBack}>Back to all workshops</Button> : undefined}
          >
            <p>{loadError}</p>
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
      <OpenWorkshop store={store} seat={seat} onBack={onBack} member={member} focusOnOpen={focusOnOpen} />
    </LiveWorkshopProvider>
  );
}

/** Drawn again only when its own inputs change, so a deferred phase change does not redraw the old screen first. */
const ShownScreen = memo(PhaseScreen);

interface OpenWorkshopProps {
  readonly store: LiveWorkshop;
  readonly seat: Seat;
  readonly onBack: (() => void) | undefined;
  readonly member: { readonly name: string } | undefined;
  readonly focusOnOpen: boolean;
}

function OpenWorkshop({ store, seat: givenSeat, onBack, member, focusOnOpen }: OpenWorkshopProps) {
  const client = useClient();
  const connection = useConnection();
  const dispatch = useCallback((command: ClientCommand) => store.dispatch(command), [store]);
  const workshopId = useWorkshopSelector((w) => w.id);
  const title = useWorkshopSelector((w) => w.title);
  const organisation = useWorkshopSelector((w) => w.organisation);
  const roomPhase = useWorkshopSelector((w) => w.phase);
  const teams = useWorkshopSelector((w) => w.teams);
  const saveState = useLiveSelector(store, (live) => live.saveState);
  const { canUndo, canRedo } = useLiveSelector(store, (live) => live.history);
  // A team's copy on the team's own laptop: the page is that team's, whoever opened it.
  const copyTeam = useWorkshopSelector((w) => w.teamCopy?.teamId ?? null);
  const masterTitle = useWorkshopSelector((w) => w.teamCopy?.masterTitle ?? '');
  const seat = useMemo(() => (copyTeam === null ? givenSeat : seatFor(copyTeam)), [copyTeam, givenSeat]);
  // A member's page works as its own team only; the facilitator's page chooses.
  // Screens offer only what this page's seat may do, so a team never meets a button the host refuses.
  const joinedTeam = isTeamSeat(seat) ? seat.teamId : null;
  // Only a team's page in the room follows it; in a team's copy nobody moves the room.
  const followsRoom = joinedTeam !== null && copyTeam === null;
  // A team's page opens where the room is; the facilitator's and a team's copy where they were looking before.
  const [phase, setPhase] = useState<Phase>(() => (followsRoom ? null : rememberedTab(workshopId)) ?? roomPhase);
  // A team's page follows the room: when the facilitator moves it on, the page goes with it.
  const [followedPhase, setFollowedPhase] = useState<Phase>(roomPhase);
  if (followedPhase !== roomPhase) {
    setFollowedPhase(roomPhase);
    if (followsRoom) setPhase(roomPhase);
  }
  // The tab, the room's note and the bar change at once; the new phase's screen (a whole rating grid
  // or board) is drawn just after, without holding them up.
  const screenPhase = useScreenPhase(phase, connection === 'open');
  const aheadPhase = useAheadPhase(screenPhase, followsRoom, connection === 'open');
  const drawnPhases = [screenPhase, aheadPhase].filter((drawn): drawn is Phase => drawn !== null);
  const [chosenTeam, setChosenTeam] = useState<Id | null>(() => rememberedTeam(workshopId));
  const [historyOpen, setHistoryOpen] = useState(false);
  const hostNow = useHostClock();
  // Restore points are the facilitator's (shared/roles.ts): a team's page does not offer them.
  const mayOpenHistory = mayRequest(seat, 'history/list', { workshopId });
  const firstTeam = teams[0];
  const teamId = teams.find((team) => team.id === (joinedTeam ?? chosenTeam))?.id ?? firstTeam?.id ?? '';
  const tab = PHASE_TABS.find((t) => t.phase === phase);
  const ownTeam = joinedTeam === null ? undefined : teams.find((team) => team.id === joinedTeam);
  const copyOf =
    copyTeam === null ? undefined : { teamName: ownTeam?.name ?? 'Your team', teamColor: ownTeam?.color ?? null, masterTitle };

  useEffect(() => {
    document.title = `${title} — Journey Room`;
  }, [title]);

  // The library's button that opened the workshop is gone; without this the focus would fall to the page itself.
  useEffect(() => {
    if (focusOnOpen) document.querySelector<HTMLElement>('.top-bar h1')?.focus();
  }, [focusOnOpen]);

  // A tab only changes what this page looks at; the room moves from the facilitation bar.
  const choosePhase = useCallback(
    (next: Phase) => {
      setPhase(next);
      if (!followsRoom) rememberTab(workshopId, next);
    },
    [followsRoom, workshopId],
  );
  const openExport = useCallback(() => choosePhase('export'), [choosePhase]);

  const doUndo = useCallback(() => void store.undo(), [store]);
  const doRedo = useCallback(() => void store.redo(), [store]);
  const openHistory = useCallback(() => setHistoryOpen(true), []);
  const closeHistory = useCallback(() => setHistoryOpen(false), []);
  const restore = useCallback((pointId: string) => store.restore(pointId), [store]);
  // A page sealed to the pass-the-laptop ballot shows the ballot only; Ctrl+Z there must not undo the facilitator's work.
  const seal = useBallotSeal(workshopId);
  useUndoShortcuts({ canUndo: canUndo && !seal.sealed, canRedo: canRedo && !seal.sealed, undo: doUndo, redo: doRedo });

  const exportPdf = useCallback(
    (paper: PaperSize, options?: ExportOptions) => client.exportPdf(workshopId, paper, options),
    [client, workshopId],
  );

  if (seal.sealed) return <SealedBallot dispatch={dispatch} teamId={teamId} seat={seat} notices={<UnsavedBanner store={store} />} />;
  return (
    <div className="workshop">
      <SkipLinks links={skipLinksFor(phase, tab?.label ?? 'workshop', PHASE_PANEL_ID, !isTeamSeat(seat))} />
      <TopBar
        title={title}
        organisation={organisation}
        saveState={saveState}
        connection={connection}
        canUndo={canUndo}
        canRedo={canRedo}
        onUndo={doUndo}
        onRedo={doRedo}
        onBack={onBack}
        onHistory={mayOpenHistory ? openHistory : undefined}
        room={
          // The room and the projector are the facilitator's, and a team's copy has neither.
          joinedTeam === null ? (
            <>
              <RoomControl workshopId={workshopId} />
              <ProjectorButton workshopId={workshopId} />
            </>
          ) : null
        }
        who={member ? { name: member.name, teamName: ownTeam?.name ?? '', teamColor: ownTeam?.color ?? null } : undefined}
        copyOf={copyOf}
        onExportTeamFile={copyTeam === null ? undefined : openExport}
      />
      <UnsavedBanner store={store} />
      <nav className="phase-bar" aria-label="Phases">
        <PhaseTabs current={phase} onChoose={choosePhase} />
        {tab?.perTeam && joinedTeam !== null ? (
          <div className="team-switcher" data-testid="joined-team">
            <span>Team</span>
            <span>{teams.find((team) => team.id === teamId)?.name}</span>
          </div>
        ) : tab?.perTeam && teams.length > 0 ? (
          <label className="team-switcher">
            <span>Team</span>
            <select
              className="select"
              value={teamId}
              onChange={(event) => {
                setChosenTeam(event.target.value);
                rememberTeam(workshopId, event.target.value);
              }}
              data-testid="team-switcher"
            >
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </nav>
      {joinedTeam === null ? (
        <FacilitationBar viewing={phase} dispatch={dispatch} hostNow={hostNow} />
      ) : followsRoom ? (
        <RoomNote viewing={phase} onFollow={choosePhase} hostNow={hostNow} />
      ) : null}
      {/* The page's main landmark holds the tab panel: a role on <main> itself would take its landmark away. */}
      <main className="workshop-main">
        <div
          id={PHASE_PANEL_ID}
          className="phase-panel"
          role="tabpanel"
          // A screen that only reads (a team's Frame) has nothing to Tab to, yet it scrolls: the panel itself takes the focus.
          tabIndex={0}
          aria-labelledby={tabId(screenPhase ?? phase)}
          aria-busy={screenPhase !== phase}
        >
          {/* The old screen is only hidden at once (a change of style); it goes when the new one is drawn.
              The screen drawn ahead is kept hidden, and out of the page's work, until the room gets there. */}
          {drawnPhases.map((drawn) => (
            <div key={drawn} className="phase-screen" hidden={drawn !== screenPhase || screenPhase !== phase}>
              <Activity mode={drawn === screenPhase ? 'visible' : 'hidden'}>
                <ScreenErrorBoundary resetKey={drawn}>
                  <ShownScreen phase={drawn} dispatch={dispatch} teamId={teamId} exportPdf={exportPdf} undo={doUndo} seat={seat} />
                </ScreenErrorBoundary>
              </Activity>
            </div>
          ))}
          {screenPhase === phase ? null : (
            <p className="phase-panel-opening muted" role="status">
              Opening {tab?.label ?? 'the next step'}…
            </p>
          )}
        </div>
      </main>
      {historyOpen ? <HistoryDialog workshopId={workshopId} restore={restore} onClose={closeHistory} /> : null}
    </div>
  );
}
