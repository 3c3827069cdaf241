/**
 * The workshop library: every workshop on this computer, newest first, with
 * a way to start a new one — and one big button that opens a filled-in
 * sample for someone who has never run a workshop with the app.
 */
import { useState } from 'react';
import type { WorkshopSummary } from '../../../shared/wire';
import { describeError } from '../../api/client';
import { useClient } from '../../api/client-context';
import { Button, ConfirmDialog, EmptyState, useNotify } from '../../ui';
import { FACILITATOR, mayRequest, sessionSeat } from '../common/seat';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { StoreProblems } from './StoreProblems';
import { LIBRARY_LIST_TITLE_ID, useProblemActions } from './use-problem-actions';
import { useLibrary } from './use-library';
import { useNow } from './use-now';
import { WorkshopRow } from './WorkshopRow';
import './library.css';

const SAMPLE_TITLE = 'Sample workshop';

export function LibraryScreen({ onOpen }: { onOpen: (id: string) => void }) {
  const client = useClient();
  const { toast } = useNotify();
  const { listing, loadError, reload } = useLibrary();
  const problems = useProblemActions(reload);
  const now = useNow();
  const [deleting, setDeleting] = useState<WorkshopSummary | null>(null);
  const [openingSample, setOpeningSample] = useState(false);

  const workshops = [...(listing?.workshops ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  // A team's page may look and open; starting, copying, renaming and deleting are the facilitator's (shared/roles.ts).
  const seat = (client.session && sessionSeat(client.session)) ?? FACILITATOR;
  const mayCreate = mayRequest(seat, 'library/create', { title: SAMPLE_TITLE, template: 'sample' });
  const mayRename = (id: string) => mayRequest(seat, 'library/rename', { workshopId: id, title: SAMPLE_TITLE });
  const mayDuplicate = (id: string) => mayRequest(seat, 'library/duplicate', { workshopId: id });
  const mayDelete = (id: string) => mayRequest(seat, 'library/delete', { workshopId: id });
  const mayDismiss = mayRequest(seat, 'library/dismiss-problem', { problemId: 'any' });
  const mayRecover = mayRequest(seat, 'library/recover', { workshopId: 'any' });

  async function openSample(): Promise<void> {
    setOpeningSample(true);
    try {
      const created = await client.request('library/create', { title: SAMPLE_TITLE, template: 'sample' });
      onOpen(created.id);
    } catch (error) {
      toast(describeError(error), 'error');
      setOpeningSample(false);
    }
  }

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

  const sampleButton = (testId: string) => (
    <Button variant="primary" onClick={() => void openSample()} disabled={openingSample} data-testid={testId} className="sample-button">
      Open the sample workshop
    </Button>
  );

  return (
    <div className="library">
      <header className="library-header">
        <div>
          <h1>Journey Room</h1>
          <p className="library-tagline">
            Map a customer journey, rate it against the pillars of customer experience, and leave the room with an action plan.
          </p>
        </div>
        {mayCreate && sampleButton('open-sample')}
      </header>
      <main className="library-body">
        <section className="library-list" aria-labelledby={LIBRARY_LIST_TITLE_ID}>
          {/* Focusable from script: where focus goes when a notice's button goes with its notice. */}
          <h2 id={LIBRARY_LIST_TITLE_ID} tabIndex={-1}>
            Your workshops
          </h2>
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
            <EmptyState title="No workshops yet" action={mayCreate ? sampleButton('open-sample-empty') : undefined}>
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
              This page joins a workshop as a team. Starting, copying, renaming and deleting workshops is the
              facilitator&rsquo;s job.
            </p>
          )}
        </aside>
      </main>
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
