/**
 * "Teams on their own laptops" on the facilitator's Frame screen, for rooms
 * that cannot share a network: export each team its pack (with, if chosen,
 * the other teams' cards and fixes and the vote), and merge the team files
 * that come back on the stick — picked with a button or dropped on the card.
 * Each file is read and checked here; one that cannot be merged says why and
 * changes nothing, and each one that can opens its preview in turn.
 */
import { useCallback, useId, useRef, useState, type DragEvent } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Team } from '../../../shared/model';
import { planTeamMerge } from '../../../shared/team-files/merge';
import { useClient } from '../../api/client-context';
import type { DispatchOutcome } from '../../store/live-workshop';
import { useLiveStore, useWorkshopSelector } from '../../store/use-live-workshop';
import { Button } from '../../ui';
import { MergePreviewDialog } from './MergePreviewDialog';
import { fileRefusal, packOutcome, readTeamFile, type Outcome, type TeamFileData } from './team-files-words';
import './team-files.css';

export interface TeamFilesCardProps {
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
}

/** A file picked for merging, read and checked, waiting for its preview. */
interface Picked {
  readonly key: number;
  readonly fileName: string;
  readonly file: TeamFileData;
}

/** Far above any team's work (the largest workshop is about half a megabyte): a bigger file is not a team file. */
const FILE_SIZE_MAX = 64 * 1024 * 1024;

export function TeamFilesCard({ dispatch }: TeamFilesCardProps) {
  const client = useClient();
  const store = useLiveStore();
  const workshopId = useWorkshopSelector((w) => w.id);
  const teams = useWorkshopSelector((w) => w.teams);
  const [otherTeams, setOtherTeams] = useState(true);
  const [voting, setVoting] = useState(false);
  const [exporting, setExporting] = useState<string | null>(null);
  const [packResult, setPackResult] = useState<Outcome | null>(null);
  const [waiting, setWaiting] = useState<readonly Picked[]>([]);
  const [refusals, setRefusals] = useState<readonly string[]>([]);
  const [merged, setMerged] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const nextKey = useRef(1);
  const headingId = useId();
  const shareHintId = useId();
  const packStatusId = useId();

  async function exportPack(team: Team): Promise<void> {
    setExporting(team.id);
    setPackResult(null);
    try {
      const outcome = await client.exportFile(workshopId, 'team-pack', { pack: { teamId: team.id, otherTeams, voting } });
      setPackResult(packOutcome(outcome, team.name));
    } catch (error) {
      const message = error instanceof Error ? error.message : 'something went wrong.';
      setPackResult(packOutcome({ kind: 'failed', message }, team.name));
    } finally {
      setExporting(null);
    }
  }

  const importFiles = useCallback(
    async (files: readonly File[]): Promise<void> => {
      if (files.length === 0) return;
      setReading(true);
      setMerged(null);
      const several = files.length > 1;
      const refused: string[] = [];
      const accepted: Picked[] = [];
      for (const picked of files) {
        const refuse = (message: string) => refused.push(fileRefusal(picked.name, message, several));
        if (picked.size > FILE_SIZE_MAX) {
          refuse('This file is far too big to be a team file.');
          continue;
        }
        let text: string;
        try {
          text = await picked.text();
        } catch {
          refuse('This file could not be read from the disk or stick. Copy it to the computer and try again.');
          continue;
        }
        const read = readTeamFile(text);
        if (!read.ok) {
          refuse(read.message);
          continue;
        }
        // Checked against the workshop as it is now; the preview plans again as it changes.
        const workshop = store.getState().workshop;
        const planned = workshop ? planTeamMerge(workshop, read.file) : { ok: false as const, message: 'The workshop is not open.' };
        if (!planned.ok) {
          refuse(planned.message);
          continue;
        }
        accepted.push({ key: nextKey.current++, fileName: picked.name, file: read.file });
      }
      setReading(false);
      setRefusals(refused);
      setWaiting((before) => [...before, ...accepted]);
    },
    [store],
  );

  const current = waiting[0];
  // By key, so a preview closed while its merge is on the way and then told it is done lets go of its own file only.
  const finish = useCallback((key: number) => setWaiting((before) => before.filter((picked) => picked.key !== key)), []);
  // Said under the card's button, where focus returns when the preview closes.
  const done = useCallback(
    (key: number, outcome: Outcome) => {
      setMerged(outcome);
      finish(key);
    },
    [finish],
  );

  function holdsFiles(event: DragEvent): boolean {
    return Array.from(event.dataTransfer.types).includes('Files');
  }

  return (
    <section
      className={`frame-section team-files${dragging ? ' team-files-dragging' : ''}`}
      aria-labelledby={headingId}
      data-testid="team-files"
      onDragOver={(event) => {
        if (!holdsFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(event) => {
        // Only when the file leaves the card, not when it passes from one part of it to another.
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setDragging(false);
      }}
      onDrop={(event) => {
        if (!holdsFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        void importFiles(Array.from(event.dataTransfer.files));
      }}
    >
      <h2 id={headingId}>Teams on their own laptops</h2>
      <p className="team-files-lead">
        When the teams cannot share a network, hand each team its pack on a USB stick, let them open it in Journey Room on
        their laptop, and merge the team file they bring back here.
      </p>
      <div className="team-files-columns">
        <div className="team-files-step">
          <h3>1. Hand out the packs</h3>
          <fieldset className="team-files-share" disabled={exporting !== null} aria-describedby={shareHintId}>
            <legend>Each pack holds the frame and the team’s own work, and also:</legend>
            <label className="team-files-check">
              <input type="checkbox" checked={otherTeams} onChange={(event) => setOtherTeams(event.target.checked)} data-testid="pack-other-teams" />
              <span>The other teams’ cards and fixes, to look at</span>
            </label>
            <label className="team-files-check">
              <input type="checkbox" checked={voting} onChange={(event) => setVoting(event.target.checked)} data-testid="pack-voting" />
              <span>Let the team vote in its copy</span>
            </label>
            <p id={shareHintId} className="team-files-hint">
              {voting && !otherTeams
                ? 'To vote, the team needs every team’s fixes: the pack holds them, though not the other teams’ cards.'
                : 'Other teams’ ratings stay out of every pack, as in silent rating.'}
            </p>
          </fieldset>
          <ul className="team-files-teams" aria-label="Team packs">
            {teams.map((team) => (
              <li key={team.id} className="team-files-team">
                <span className="team-swatch" style={{ background: team.color }} aria-hidden="true" />
                <span className="team-files-team-name">{team.name}</span>
                <Button
                  size="sm"
                  onClick={() => void exportPack(team)}
                  disabled={exporting !== null}
                  aria-describedby={packStatusId}
                  data-testid="export-team-pack"
                >
                  {exporting === team.id ? 'Preparing the pack' : 'Export team pack'}
                  <span className="visually-hidden"> for {team.name}</span>
                  {exporting === team.id ? '…' : null}
                </Button>
              </li>
            ))}
          </ul>
          <div id={packStatusId} role="status" aria-live="polite">
            {packResult && exporting === null ? (
              <p className={`team-files-result team-files-result-${packResult.tone}`} data-testid="team-pack-result">
                {packResult.text}
              </p>
            ) : null}
          </div>
        </div>
        <div className="team-files-step">
          <h3>2. Merge what comes back</h3>
          <div className="team-files-drop">
            <p className="team-files-drop-title">Drop team files here, or</p>
            <Button onClick={() => input.current?.click()} disabled={reading} data-testid="import-team-files">
              {reading ? 'Reading the files…' : 'Choose team files…'}
            </Button>
            <p className="team-files-hint">You see what each file brings, and choose where both sides changed something, before anything is merged.</p>
            <input
              ref={input}
              type="file"
              accept=".json,application/json"
              multiple
              hidden
              data-testid="team-file-input"
              onChange={(event) => {
                const files = Array.from(event.target.files ?? []);
                // The same file may be picked again later (say, after Cancel).
                event.target.value = '';
                void importFiles(files);
              }}
            />
          </div>
          {refusals.length > 0 ? (
            <ul className="team-files-refusals" role="alert" data-testid="team-file-refusals">
              {refusals.map((refusal) => (
                <li key={refusal} className="team-files-result team-files-result-error">
                  {refusal}
                </li>
              ))}
            </ul>
          ) : null}
          <div role="status" aria-live="polite">
            {merged ? (
              <p className={`team-files-result team-files-result-${merged.tone}`} data-testid="team-file-merged">
                {merged.text}
              </p>
            ) : null}
          </div>
        </div>
      </div>
      {current ? (
        <MergePreviewDialog
          key={current.key}
          file={current.file}
          fileName={current.fileName}
          dispatch={dispatch}
          onDone={(outcome) => done(current.key, outcome)}
          onClose={() => finish(current.key)}
        />
      ) : null}
    </section>
  );
}
