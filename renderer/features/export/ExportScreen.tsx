/**
 * The Export screen: one clear card to download the action plan as a PDF,
 * on A4 or US Letter, with what is happening ("Preparing the PDF…") and how
 * it ended, in plain words; below it, the CSV and JSON files for the people
 * who carry the work on. Export works at any phase of the workshop. While
 * the vote is secret the files leave out the open round's dots, and the
 * facilitator alone may tick a box to have them for their own records. On a
 * team's copy the team file comes first (TeamFileExport.tsx).
 */
import { useCallback, useId, useState } from 'react';
import { resultsVisible } from '../../../shared/selectors';
import type { ExportKind, ExportOptions, PaperSize } from '../../../shared/wire';
import { useClient } from '../../api/client-context';
import type { ExportOutcome } from '../../api/client';
import { Button } from '../../ui';
import type { ScreenProps } from '../common/screen-props';
import { isTeamSeat } from '../common/seat';
import { pdfContents } from './export-logic';
import { FileExports } from './FileExports';
import { TeamFileExport } from './TeamFileExport';
import { UnprintableWarning } from './UnprintableWarning';
import { useExportRun } from './use-export-run';
import './export.css';
import { useWorkshop } from '../../store/use-live-workshop';

export type ExportScreenProps = ScreenProps & {
  readonly exportPdf: (paper: PaperSize, options?: ExportOptions) => Promise<ExportOutcome>;
};

const PAPERS: readonly { readonly value: PaperSize; readonly label: string; readonly hint: string }[] = [
  { value: 'a4', label: 'A4', hint: 'Europe, most of the world' },
  { value: 'letter', label: 'US Letter', hint: 'North America' },
];

export function ExportScreen({ exportPdf, seat }: ExportScreenProps) {
  const workshop = useWorkshop();
  const client = useClient();
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [includeHidden, setIncludeHidden] = useState(false);
  // Only while the vote is secret, and only the facilitator's: a team's export is made from its view and never has them.
  const offerHidden = !isTeamSeat(seat) && !resultsVisible(workshop);
  const includeHiddenVotes = offerHidden && includeHidden;
  const includeId = useId();
  const { running, result, run } = useExportRun<'pdf'>();
  const busy = running !== null;
  const paperName = useId();
  const exportFile = useCallback(
    (kind: ExportKind) => client.exportFile(workshop.id, kind, { includeHiddenVotes }),
    [client, workshop.id, includeHiddenVotes],
  );
  const exportTeamFile = useCallback(() => client.exportFile(workshop.id, 'team-file'), [client, workshop.id]);
  const teamCopy = workshop.teamCopy;

  return (
    <div className="export-screen">
      {teamCopy ? (
        <TeamFileExport
          teamCopy={teamCopy}
          teamName={workshop.teams.find((team) => team.id === teamCopy.teamId)?.name ?? 'Your team'}
          exportTeamFile={exportTeamFile}
        />
      ) : null}
      <section className="export-card" aria-labelledby="export-heading">
        <h2 id="export-heading" className="export-heading">
          Download the action plan (PDF)
        </h2>
        <p className="export-lead">
          A report for leadership of &ldquo;{workshop.title}&rdquo;, with the numbers as they are right now. You can
          export again after more changes.
        </p>
        {isTeamSeat(seat) && (!workshop.ratingsRevealed || !resultsVisible(workshop)) && (
          <p className="export-lead" data-testid="export-team-view">
            It is made from what your team can see: other teams&rsquo; silent ratings and hidden dots join it once the
            facilitator reveals them.
          </p>
        )}
        <fieldset className="export-paper" disabled={busy}>
          <legend className="export-legend">Paper size</legend>
          <div className="export-paper-options">
            {PAPERS.map((p) => (
              <label key={p.value} className="export-paper-option">
                <input
                  type="radio"
                  name={paperName}
                  value={p.value}
                  checked={paper === p.value}
                  onChange={() => setPaper(p.value)}
                />
                <span className="export-paper-text">
                  <span className="export-paper-label">{p.label}</span>
                  <span className="export-paper-hint">{p.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {offerHidden && (
          <div className="export-secret" data-testid="export-secret">
            <p className="export-secret-lead">
              The vote is still secret, so the PDF and the actions file leave out the dots of the open round and say so.
            </p>
            <label className="export-secret-option" htmlFor={includeId}>
              <input
                id={includeId}
                type="checkbox"
                checked={includeHidden}
                disabled={busy}
                onChange={(e) => setIncludeHidden(e.target.checked)}
              />
              <span>Include the secret votes — only for your own records</span>
            </label>
          </div>
        )}
        <UnprintableWarning workshop={workshop} />
        <div className="export-go">
          <Button variant="primary" onClick={() => void run('pdf', () => exportPdf(paper, { includeHiddenVotes }))} disabled={busy} aria-describedby="export-status" data-testid="export-pdf">
            {busy ? 'Preparing the PDF…' : 'Download the action plan (PDF)'}
          </Button>
        </div>
        <div id="export-status" className="export-status" role="status" aria-live="polite">
          {/* The button already says so on screen; this line is for screen readers. */}
          {busy && <p className="visually-hidden">Preparing the PDF…</p>}
          {result && !busy && (
            <p className={`export-result export-result-${result.tone}`} data-testid="export-result">
              {result.text}
            </p>
          )}
        </div>
        <h3 className="export-contents-heading">What the PDF contains</h3>
        <ul className="export-contents">
          {pdfContents(workshop, includeHiddenVotes).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <FileExports workshop={workshop} exportFile={exportFile} seat={seat} />
    </div>
  );
}
