/**
 * The library's way into the sample workshop. "Open the sample workshop"
 * opens the one sample the library keeps (making it the first time), so a
 * second click never adds another copy. Once there is a sample, "Start over
 * with a fresh sample" offers it as it first was — only after asking, since
 * the person may have changed the one they have.
 */
import { useState } from 'react';
import { isSampleId } from '../../../shared/sample-workshop';
import type { WorkshopSummary } from '../../../shared/wire';
import { describeError } from '../../api/client';
import { useClient } from '../../api/client-context';
import { Button, ConfirmDialog, useNotify } from '../../ui';

/** The sample among the library's workshops, newest first as the host picks it. */
export function sampleIn(workshops: readonly WorkshopSummary[]): WorkshopSummary | undefined {
  return workshops.filter((workshop) => isSampleId(workshop.id)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

interface SampleActionsProps {
  /** The library's sample, when it has one: then starting over is offered too. */
  readonly sample: WorkshopSummary | undefined;
  readonly onOpen: (id: string) => void;
  readonly testId: string;
}

export function SampleActions({ sample, onOpen, testId }: SampleActionsProps) {
  const client = useClient();
  const { toast } = useNotify();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);

  async function open(startOver: boolean): Promise<void> {
    setBusy(true);
    try {
      const opened = await client.request('library/open-sample', { startOver });
      onOpen(opened.id);
    } catch (error) {
      toast(describeError(error), 'error');
      setBusy(false);
    }
  }

  return (
    <div className="library-sample">
      <Button variant="primary" onClick={() => void open(false)} disabled={busy} data-testid={testId} className="sample-button">
        Open the sample workshop
      </Button>
      {sample ? (
        <Button variant="ghost" size="sm" onClick={() => setAsking(true)} disabled={busy} data-testid="sample-start-over">
          Start over with a fresh sample
        </Button>
      ) : null}
      {asking && sample ? (
        <ConfirmDialog
          title="Start over with a fresh sample?"
          message={
            <p>
              A fresh sample workshop, as it was when you first opened it, takes the place of the one in your library.
              Anything you changed in that one — touchpoints, ratings, fixes, votes and actions — goes with it; the file
              is kept in the app&rsquo;s trash folder.
            </p>
          }
          confirmLabel="Start over"
          danger
          onConfirm={() => open(true)}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </div>
  );
}
