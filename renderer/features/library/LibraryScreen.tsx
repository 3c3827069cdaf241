/**
 * The workshop library: every workshop on this computer, newest first, with
 * a way to start a new one — and one big button that opens a filled-in
 * sample for someone who has never run a workshop with the app. A workshop
 * file or a team pack comes in with Import…, or dropped anywhere here.
 */
import { useRef, useState, type DragEvent } from 'react';
import { SAMPLE_TITLE } from '../../../shared/sample-workshop';
import type { WorkshopSummary } from '../../../shared/wire';
import { describeError } from '../../api/client';
import { useClient } from '../../api/client-context';
import { Button, ConfirmDialog, EmptyState, useNotify } from '../../ui';
import { FACILITATOR, mayRequest, sessionSeat } from '../common/seat';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { DropSheet, ExistsDialog, ImportButton, ImportNotices, ImportProgress } from './LibraryImport';
import { SampleActions, sampleIn } from './SampleActions';
import { StoreProblems } from './StoreProblems';
import { LIBRARY_LIST_TITLE_ID, useProblemActions } from './use-problem-actions';
import { useLibraryImport } from './use-import';
import { useLibrary } from './use-library';
import { useNow } from './use-now';
import { WorkshopRow } from './WorkshopRow';
import './library.css';

export function LibraryScreen({ onOpen }: { onOpen: (id: string) => void }) {
  const client = useClient();
  const { toast } = useNotify();
  const { listing, loadError, reload } = useLibrary();
  const problems = useProblemActions(reload);
  const now = useNow();
  const [deleting, setDeleting] = useState<WorkshopSummary | null>(null);

  const workshops = [...(listing?.workshops ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  // A team's page may look and open; starting, importing, copying, renaming and deleting are the facilitator's (shared/roles.ts).
  const seat = (client.session && sessionSeat(client.session)) ?? FACILITATOR;
  const mayCreate = mayRequest(seat, 'library/create', { title: SAMPLE_TITLE, template: 'sample' });
  const mayOpenSample = mayRequest(seat, 'library/open-sample', { startOver: false });
  const mayRename = (id: string) => mayRequest(seat, 'library/rename', { workshopId: id, title: SAMPLE_TITLE });
  const mayDuplicate = (id: string) => mayRequest(seat, 'library/duplicate', { workshopId: id });
  const mayDelete = (id: string) => mayRequest(seat, 'library/delete', { workshopId: id });
  const mayDismiss = mayRequest(seat, 'library/dismiss-problem', { problemId: 'any' });
  const mayRecover = mayRequest(seat, 'library/recover', { workshopId: 'any' });
  const mayImport = mayRequest(seat, 'library/import', { fileName: '', text: '', ifExists: 'ask' });
  const imports = useLibraryImport(onOpen, reload);
  const [dragging, setDragging] = useState(false);
  // Entering a child fires before leaving its parent: count, so the sheet goes only when the drag leaves the library.
  const dragDepth = useRef(0);

  const carriesFiles = (event: DragEvent) => mayImport && event.dataTransfer.types.includes('Files');
  const dropHandlers = {
    onDragEnter: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      dragDepth.current += 1;
      setDragging(true);
    },
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = imports.busy === null ? 'copy' : 'none';
    },
    onDragLeave: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      dragDepth.current = Math.max(0, dragDepth.current - 1);
      if (dragDepth.current === 0) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // The browser would otherwise open the file in place of the app.
      event.preventDefault();
      dragDepth.current = 0;
      setDragging(false);
      void imports.importFiles(Array.from(event.dataTransfer.files));
    },
  };

  async function rename(id: string, title: string): Promise<void> {
    await client.request('library/rename', { workshopId: id, title });
    toast(`Renamed to '${title}'.`, 'success');
    reload();
  }

  async function duplicate(workshop: WorkshopSummary): Promise<void> {
    try {
      const copy = await client.request('library/duplicate', { workshopId: workshop.id });
      toast(`Made a copy: '${copy.title}'.`, 'success');
      reload();
    } catch (error) {
      toast(describeError(error), 'error');
    }
  }

  async function confirmDelete(workshop: WorkshopSummary): Promise<void> {
    try {
      await client.request('library/delete', { workshopId: workshop.id });
      toast(`Deleted '${workshop.title}'.`, 'success');
      reload();
    } catch (error) {
      toast(describeError(error), 'error');
    }
    setDeleting(null);
  }

  const sampleButton = (testId: string) => <SampleActions sample={sampleIn(workshops)} onOpen={onOpen} testId={testId} />;

  return (
    <div className="library" {...(mayImport ? dropHandlers : {})}>
      <header className="library-header">
        <div>
          <h1>Journey Room</h1>
          <p className="library-tagline">
            Map a customer journey, rate it against the pillars of customer experience, and leave the room with an action plan.
          </p>
        </div>
        {mayOpenSample && sampleButton('open-sample')}
      </header>
      <main className="library-body">
        <section className="library-list" aria-labelledby={LIBRARY_LIST_TITLE_ID}>
          <div className="library-list-head">
            {/* Focusable from script: where focus goes when a notice's button goes with its notice. */}
            <h2 id={LIBRARY_LIST_TITLE_ID} tabIndex={-1}>
              Your workshops
            </h2>
            {mayImport ? <ImportButton busy={imports.busy} onFiles={(files) => void imports.importFiles(files)} /> : null}
          </div>
          {/* While the question is open the dialog speaks; the line waits for the answer. */}
          {mayImport ? <ImportProgress busy={imports.question ? null : imports.busy} /> : null}
          <ImportNotices notices={imports.notices} onOpen={onOpen} onDismiss={imports.dismiss} />
          {listing ? (
            <StoreProblems
              problems={problems.shown(listing)}
              onDismiss={mayDismiss ? problems.dismiss : undefined}
              onRecover={mayRecover ? problems.recover : undefined}
            />
          ) : null}
          {loadError ? (
            <div className="notice notice-error" role="alert">
              <p>{loadError}</p>
              <Button onClick={reload}>Try again</Button>
            </div>
          ) : null}
          {listing === null && !loadError ? <p className="muted">Loading your workshops…</p> : null}
          {listing !== null && workshops.length === 0 ? (
            <EmptyState title="No workshops yet" action={mayOpenSample ? sampleButton('open-sample-empty') : undefined}>
              <p>
                {mayCreate
                  ? 'Give your first workshop a title under New workshop, choose where to start from and press Create — or open the sample workshop to see a finished one and try everything out first.'
                  : 'The facilitator has not started a workshop yet. Once they have, it shows here.'}
              </p>
            </EmptyState>
          ) : null}
          {workshops.length > 0 ? (
            <ul className="workshop-list">
              {workshops.map((workshop) => (
                <WorkshopRow
                  key={workshop.id}
                  workshop={workshop}
                  now={now}
                  onOpen={onOpen}
                  justImported={workshop.id === imports.lastImportedId}
                  onRename={mayRename(workshop.id) ? rename : undefined}
                  onDuplicate={mayDuplicate(workshop.id) ? (w) => void duplicate(w) : undefined}
                  onDelete={mayDelete(workshop.id) ? setDeleting : undefined}
                />
              ))}
            </ul>
          ) : null}
        </section>
        <aside className="library-side">
          {mayCreate ? (
            <CreateWorkshopForm onCreated={onOpen} />
          ) : (
            <p className="notice" data-testid="library-team-note">
              This page joins a workshop as a team. Starting, importing, copying, renaming and deleting workshops is the
              facilitator&rsquo;s job.
            </p>
          )}
        </aside>
      </main>
      {imports.question ? <ExistsDialog question={imports.question} onAnswer={imports.answer} /> : null}
      {dragging ? <DropSheet /> : null}
      {deleting ? (
        <ConfirmDialog
          title={`Delete '${deleting.title}'?`}
          message={
            <p>
              The workshop '{deleting.title}' and everything in it — touchpoints, ratings, fixes, votes and actions —
              leaves the library. The file is kept in the app's trash folder.
            </p>
          }
          confirmLabel="Delete workshop"
          danger
          onConfirm={() => confirmDelete(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
