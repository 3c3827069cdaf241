/**
 * Importing files into the library, one after another: each is read,
 * checked for size, and sent to the host, which checks it as opening checks
 * a workshop file. A workshop already in the library stops to ask — open
 * that one, keep both, or leave it — and nothing goes on until the person
 * answers. Each outcome becomes a notice on the library (and is read out),
 * until dismissed.
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportResult, WorkshopSummary } from '../../../shared/wire';
import { describeError } from '../../api/client';
import { useClient } from '../../api/client-context';
import { useNotify } from '../../ui';
import { fileSizeRefusal, importedWords, refusedWords, textSizeRefusal } from './import-words';

export type ImportNotice =
  | { readonly id: number; readonly tone: 'success'; readonly headline: string; readonly detail: string | null; readonly workshopId: string }
  | { readonly id: number; readonly tone: 'error'; readonly text: string };

/** The question on screen: the file holds a workshop the library has already. */
export interface ImportQuestion {
  readonly fileName: string;
  readonly existing: WorkshopSummary;
}

export type ExistsChoice = 'open' | 'keep-both' | 'cancel';

export interface LibraryImport {
  /** The file being read or imported now, for the progress line. */
  readonly busy: string | null;
  readonly notices: readonly ImportNotice[];
  readonly question: ImportQuestion | null;
  /** The workshop just imported, for its row to stand out. */
  readonly lastImportedId: string | null;
  readonly importFiles: (files: readonly File[]) => Promise<void>;
  readonly answer: (choice: ExistsChoice) => void;
  readonly dismiss: (id: number) => void;
}

/** The few files' worth of notices kept on screen. */
const NOTICES_KEPT = 4;

export function useLibraryImport(onOpen: (id: string) => void, reload: () => void): LibraryImport {
  const client = useClient();
  const { announce } = useNotify();
  const [busy, setBusy] = useState<string | null>(null);
  const [notices, setNotices] = useState<readonly ImportNotice[]>([]);
  const [question, setQuestion] = useState<ImportQuestion | null>(null);
  const [lastImportedId, setLastImportedId] = useState<string | null>(null);
  const answerRef = useRef<((choice: ExistsChoice) => void) | null>(null);
  const running = useRef(false);
  const nextId = useRef(1);

  const add = useCallback(
    (notice: Omit<Extract<ImportNotice, { tone: 'success' }>, 'id'> | Omit<Extract<ImportNotice, { tone: 'error' }>, 'id'>) => {
      const id = nextId.current++;
      setNotices((list) => [{ ...notice, id } as ImportNotice, ...list].slice(0, NOTICES_KEPT));
      if (notice.tone === 'error') announce(notice.text, true);
      else announce(notice.detail ? `${notice.headline}. ${notice.detail}` : `${notice.headline}.`);
    },
    [announce],
  );

  /** Waits for the person's answer to "already in your library". */
  const ask = useCallback((fileName: string, existing: WorkshopSummary) => {
    return new Promise<ExistsChoice>((resolve) => {
      answerRef.current = resolve;
      setQuestion({ fileName, existing });
    });
  }, []);

  const answer = useCallback((choice: ExistsChoice) => {
    const resolve = answerRef.current;
    answerRef.current = null;
    setQuestion(null);
    resolve?.(choice);
  }, []);

  /** One file, from reading it to its notice; false when the person chose to open a workshop instead (the rest wait no more). */
  const importOne = useCallback(
    async (file: File): Promise<boolean> => {
      const fileName = file.name;
      const refuse = (reason: string) => add({ tone: 'error', text: refusedWords(fileName, reason) });
      const tooBig = fileSizeRefusal(file.size);
      if (tooBig) {
        refuse(tooBig);
        return true;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        refuse('It could not be read from the disk: check that it is still there, then try again.');
        return true;
      }
      const tooLong = textSizeRefusal(text);
      if (tooLong) {
        refuse(tooLong);
        return true;
      }
      const send = (ifExists: 'ask' | 'keep-both'): Promise<ImportResult> => client.request('library/import', { fileName: fileName.slice(0, 260), text, ifExists });
      try {
        let result = await send('ask');
        if (result.kind === 'exists') {
          const choice = await ask(fileName, result.workshop);
          if (choice === 'open') {
            onOpen(result.workshop.id);
            return false;
          }
          if (choice === 'cancel') {
            announce(`Nothing was imported from ${fileName}.`);
            return true;
          }
          result = await send('keep-both');
        }
        if (result.kind === 'imported') {
          add({ tone: 'success', ...importedWords(result), workshopId: result.workshop.id });
          setLastImportedId(result.workshop.id);
          reload();
        }
      } catch (error) {
        refuse(describeError(error));
      }
      return true;
    },
    [add, announce, ask, client, onOpen, reload],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      // One import at a time: a second drop while one runs would race its question.
      if (running.current || files.length === 0) return;
      running.current = true;
      try {
        for (const file of files) {
          setBusy(file.name);
          const carryOn = await importOne(file);
          if (!carryOn) break;
        }
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [importOne],
  );

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);

  return { busy, notices, question, lastImportedId, importFiles, answer, dismiss };
}
