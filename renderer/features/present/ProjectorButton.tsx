/**
 * The facilitator's way to the projector view: in the desktop app a second
 * window on the external display, in a browser a page for the projector.
 * The Projector button in the top bar opens a small dialog that opens the
 * projector and chooses what the wall shows; the views that would show
 * something still hidden say they come after the reveal, and cannot be
 * chosen before it.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { ProjectorView } from '../../../shared/model';
import type { ProjectorDisplay } from '../../../shared/projector-bridge';
import { resultsVisible } from '../../../shared/selectors';
import { useLiveStore, useWorkshopSelector } from '../../store/use-live-workshop';
import { Button, Dialog } from '../../ui';
import { hasProjectorWindow, openProjector, projectorDisplays } from './open-projector';
import { wallChoices, wallLabel } from './wall-choices';
import './projector-button.css';

export interface ProjectorButtonProps {
  readonly workshopId: string;
}

export function ProjectorButton({ workshopId }: ProjectorButtonProps) {
  const [open, setOpen] = useState(false);
  const view = useWorkshopSelector((w) => w.projectorView);
  return (
    <>
      <Button size="sm" className="projector-button" onClick={() => setOpen(true)} aria-haspopup="dialog" data-testid="projector-button">
        Projector: {wallLabel(view)}
      </Button>
      {open ? <ProjectorDialog workshopId={workshopId} view={view} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

interface ProjectorDialogProps {
  readonly workshopId: string;
  readonly view: ProjectorView;
  readonly onClose: () => void;
}

function ProjectorDialog({ workshopId, view, onClose }: ProjectorDialogProps) {
  const store = useLiveStore();
  const ratings = useWorkshopSelector((w) => w.ratingsRevealed);
  const votes = useWorkshopSelector(resultsVisible);
  const choices = wallChoices({ ratings, votes });
  const [said, setSaid] = useState<{ readonly ok: boolean; readonly text: string } | null>(null);
  const groupLabel = useId();

  const choose = useCallback((next: ProjectorView) => void store.dispatch({ type: 'projector/show', view: next }), [store]);
  const start = useCallback(
    async (displayId?: number) => {
      const result = await openProjector(workshopId, displayId);
      setSaid(
        result.ok
          ? { ok: true, text: result.fullscreen ? `The projector is showing full screen on ${result.label}.` : `The projector is open in ${result.label}.` }
          : { ok: false, text: result.message },
      );
    },
    [workshopId],
  );

  return (
    <Dialog title="Projector" onClose={onClose} className="projector-dialog" data-testid="projector-dialog">
      <p className="projector-intro">
        The projector shows the room what to do, the timer and how far everyone has got — never a team’s scores or anyone’s dots before you reveal them.
      </p>
      {hasProjectorWindow() ? <ScreenChoice onOpen={start} /> : (
        <Button variant="primary" onClick={() => void start()} data-testid="projector-open">
          Open the projector’s window
        </Button>
      )}
      {said ? (
        <p className={said.ok ? 'projector-said' : 'projector-said projector-said-problem'} role="status" data-testid="projector-said">
          {said.text}
        </p>
      ) : null}
      <fieldset className="projector-views" aria-labelledby={groupLabel}>
        <legend id={groupLabel}>The wall shows</legend>
        {choices.map((choice) => (
          <label key={choice.view} className={choice.waitsFor ? 'projector-view projector-view-waiting' : 'projector-view'}>
            <input
              type="radio"
              name="projector-view"
              value={choice.view}
              checked={view === choice.view}
              // A view still hidden stays unchosen until its reveal; one already on the wall stays chosen.
              disabled={choice.waitsFor !== null && view !== choice.view}
              onChange={() => choose(choice.view)}
              data-testid={`projector-show-${choice.view}`}
            />
            <span>{choice.label}</span>
            {choice.waitsFor ? <span className="projector-view-note">{choice.waitsFor}</span> : null}
          </label>
        ))}
      </fieldset>
      <div className="projector-dialog-actions">
        <Button onClick={onClose} data-testid="projector-close">
          Done
        </Button>
      </div>
    </Dialog>
  );
}

/** Desktop: the computer's screens, the external one chosen first, and a button that puts the projector there. */
function ScreenChoice({ onOpen }: { onOpen: (displayId?: number) => Promise<void> }) {
  const [displays, setDisplays] = useState<readonly ProjectorDisplay[]>([]);
  const [chosen, setChosen] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void projectorDisplays().then((list) => {
      if (!live) return;
      setDisplays(list);
      setChosen((list.find((d) => !d.primary) ?? list[0])?.id ?? null);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="projector-screens">
      {displays.length > 1 ? (
        <label className="projector-screen-choice">
          <span>Screen</span>
          <select className="select" value={chosen ?? ''} onChange={(event) => setChosen(Number(event.target.value))} data-testid="projector-screen">
            {displays.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="muted">Only one screen is connected: the projector opens in a window you can drag to the projector once it is plugged in.</p>
      )}
      <Button variant="primary" onClick={() => void onOpen(chosen ?? undefined)} data-testid="projector-open">
        Show the projector
      </Button>
    </div>
  );
}
