/**
 * The Export screen's second card: the actions and the ratings as CSV and
 * the whole workshop as JSON, for the people who carry the work on after the
 * room has gone home. Each button says what its file holds right now, and
 * the outcome is told in the same words as the PDF's.
 */
import { useId } from 'react';
import type { Workshop } from '../../../shared/model';
import type { ExportKind } from '../../../shared/wire';
import type { ExportOutcome } from '../../api/client';
import { Button } from '../../ui';
import { requestRefusal, type Seat } from '../common/seat';
import { fileExports } from './export-logic';
import { useExportRun } from './use-export-run';

export interface FileExportsProps {
  readonly workshop: Workshop;
  readonly exportFile: (kind: ExportKind) => Promise<ExportOutcome>;
  /** Who uses this page: a file the host would refuse it is not offered, and one line says why. */
  readonly seat?: Seat;
}

export function FileExports({ workshop, exportFile, seat }: FileExportsProps) {
  const { running, result, run } = useExportRun<ExportKind>();
  const baseId = useId();
  const headingId = `${baseId}-heading`;
  const statusId = `${baseId}-status`;
  const refusalOf = (kind: ExportKind) => requestRefusal(seat, 'export/file', { workshopId: workshop.id, kind });
  const files = fileExports(workshop).filter((file) => refusalOf(file.kind) === null);
  const refusals = [...new Set(fileExports(workshop).flatMap((file) => refusalOf(file.kind) ?? []))];
  const busy = files.find((file) => file.kind === running);

  return (
    <section className="export-card export-files" aria-labelledby={headingId} data-testid="export-files">
      <h2 id={headingId} className="export-heading export-heading-secondary">
        For the people who carry the work on
      </h2>
      <p className="export-lead">
        {refusals.length === 0
          ? 'Track the actions, dig into the ratings, or keep a copy of everything.'
          : 'Track the actions or dig into the ratings.'}
      </p>
      <ul className="export-file-list">
        {files.map((file) => (
          <li key={file.kind} className="export-file">
            <Button
              onClick={() => void run(file.kind, () => exportFile(file.kind), file)}
              disabled={running !== null}
              aria-describedby={`${baseId}-${file.kind} ${statusId}`}
              data-testid={`export-file-${file.kind}`}
            >
              {running === file.kind ? file.busyLabel : file.label}
            </Button>
            <p id={`${baseId}-${file.kind}`} className="export-file-contents">
              {file.contents}
            </p>
          </li>
        ))}
      </ul>
      {refusals.map((refusal) => (
        <p key={refusal} className="export-file-contents export-files-refused" data-testid="export-files-refused">
          {refusal}
        </p>
      ))}
      <div id={statusId} className="export-status" role="status" aria-live="polite">
        {/* The button already says so on screen; this line is for screen readers. */}
        {busy && <p className="visually-hidden">{busy.busyLabel}</p>}
        {result && !busy && (
          <p className={`export-result export-result-${result.tone}`} data-testid="export-files-result">
            {result.text}
          </p>
        )}
      </div>
    </section>
  );
}
