/**
 * One export at a time, with what is happening and how it ended: shared by
 * the PDF card and the files section so both speak the same way. An export
 * that throws (the client promises it will not, but a broken connection
 * might) still ends in words, not silence.
 */
import { useCallback, useState } from 'react';
import type { ExportOutcome } from '../../api/client';
import { outcomeMessage, type ExportSubject, type OutcomeMessage } from './export-logic';

export interface ExportRun<K> {
  /** Which export is being made, or null when none is. */
  readonly running: K | null;
  /** How the last export ended; cleared when the next one starts. */
  readonly result: OutcomeMessage | null;
  readonly run: (key: K, exporting: () => Promise<ExportOutcome>, subject?: ExportSubject) => Promise<void>;
}

export function useExportRun<K>(): ExportRun<K> {
  const [running, setRunning] = useState<K | null>(null);
  const [result, setResult] = useState<OutcomeMessage | null>(null);

  const run = useCallback(async (key: K, exporting: () => Promise<ExportOutcome>, subject?: ExportSubject) => {
    setRunning(key);
    setResult(null);
    try {
      setResult(outcomeMessage(await exporting(), subject));
    } catch (error) {
      const message = error instanceof Error ? error.message : 'something went wrong.';
      setResult(outcomeMessage({ kind: 'failed', message }, subject));
    } finally {
      setRunning(null);
    }
  }, []);

  return { running, result, run };
}
