/**
 * On a team's copy (opened from a team pack on the team's own laptop) the
 * Export screen leads with the one file that matters there: the team file,
 * everything the team changed in its copy, for the facilitator to merge into
 * the workshop. It is saved or downloaded like the other files, and its
 * outcome is told in the same words. The facilitator's own workshop has no
 * team file, so this card never shows there.
 */
import { useId } from 'react';
import type { TeamCopy } from '../../../shared/model';
import type { ExportOutcome } from '../../api/client';
import { Button } from '../../ui';
import type { ExportSubject } from './export-logic';
import { useExportRun } from './use-export-run';

export const TEAM_FILE_SUBJECT: ExportSubject = { what: 'the team file', made: 'The team file' };

export interface TeamFileExportProps {
  readonly teamCopy: TeamCopy;
  /** The team's name as the copy has it. */
  readonly teamName: string;
  readonly exportTeamFile: () => Promise<ExportOutcome>;
}

export function TeamFileExport({ teamCopy, teamName, exportTeamFile }: TeamFileExportProps) {
  const { running, result, run } = useExportRun<'team-file'>();
  const busy = running !== null;
  const baseId = useId();
  const headingId = `${baseId}-heading`;
  const leadId = `${baseId}-lead`;
  const statusId = `${baseId}-status`;

  return (
    <section className="export-card export-team-file" aria-labelledby={headingId} data-testid="export-team-file">
      <h2 id={headingId} className="export-heading">
        Export the team file
      </h2>
      <p id={leadId} className="export-lead">
        This is {teamName}&rsquo;s copy of &ldquo;{teamCopy.masterTitle}&rdquo;. The team file holds everything your team
        changed in it: save it on a USB stick and hand it to the facilitator, who merges it into the workshop.
      </p>
      <div className="export-go">
        <Button
          variant="primary"
          onClick={() => void run('team-file', exportTeamFile, TEAM_FILE_SUBJECT)}
          disabled={busy}
          aria-describedby={`${leadId} ${statusId}`}
          data-testid="export-team-file-button"
        >
          {busy ? 'Preparing the team file…' : 'Export the team file'}
        </Button>
      </div>
      <div id={statusId} className="export-status" role="status" aria-live="polite">
        {busy && <p className="visually-hidden">Preparing the team file…</p>}
        {result && !busy && (
          <p className={`export-result export-result-${result.tone}`} data-testid="export-team-file-result">
            {result.text}
          </p>
        )}
      </div>
    </section>
  );
}
