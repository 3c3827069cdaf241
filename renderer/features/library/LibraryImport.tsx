/**
 * The library's import: an "Import…" button that opens a file chooser for
 * .json files (a workshop file or a team pack), the notices that say how
 * each import ended (with Open for what was imported), the question asked
 * when the workshop is already in the library, and the sheet shown while a
 * file is dragged over the library.
 */
import { useId, useRef } from 'react';
import { Button, CloseIcon, Dialog } from '../../ui';
import { existsWords } from './import-words';
import type { ExistsChoice, ImportNotice, ImportQuestion } from './use-import';

export function ImportButton({ busy, onFiles }: { readonly busy: string | null; readonly onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  return (
    <div className="library-import">
      <Button onClick={() => input.current?.click()} disabled={busy !== null} aria-describedby={hintId} data-testid="import-workshop">
        {busy !== null ? 'Importing…' : 'Import…'}
      </Button>
      <span id={hintId} className="visually-hidden">
        Import a workshop file or a team pack (.json). You can also drop the file anywhere on the library.
      </span>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        data-testid="import-file-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared, so choosing the same file again (to keep both) is a change too.
          event.target.value = '';
          onFiles(files);
        }}
      />
    </div>
  );
}

/** The progress line: a live region that is always there, so each change is read out. */
export function ImportProgress({ busy }: { readonly busy: string | null }) {
  return (
    <p className="library-import-progress" role="status" data-testid="import-progress">
      {busy !== null ? (
        <>
          <span className="library-import-spinner" aria-hidden="true" />
          Importing “{busy}”…
        </>
      ) : null}
    </p>
  );
}

export function ImportNotices({
  notices,
  onOpen,
  onDismiss,
}: {
  readonly notices: readonly ImportNotice[];
  readonly onOpen: (id: string) => void;
  readonly onDismiss: (id: number) => void;
}) {
  const idBase = useId();
  if (notices.length === 0) return null;
  return (
    <ul className="import-notices" aria-label="Imports">
      {notices.map((notice) => {
        const textId = `${idBase}-${String(notice.id)}`;
        return (
          <li
            key={notice.id}
            className={`notice import-notice ${notice.tone === 'error' ? 'notice-error' : 'import-notice-success'}`}
            data-testid={notice.tone === 'error' ? 'import-refused' : 'import-done'}
          >
            <div className="import-notice-text" id={textId}>
              {notice.tone === 'error' ? (
                <p>{notice.text}</p>
              ) : (
                <>
                  <p className="import-notice-headline">{notice.headline}</p>
                  {notice.detail ? <p>{notice.detail}</p> : null}
                </>
              )}
            </div>
            <div className="import-notice-actions">
              {notice.tone === 'success' ? (
                <Button size="sm" variant="primary" onClick={() => onOpen(notice.workshopId)} aria-describedby={textId}>
                  Open
                </Button>
              ) : null}
              <button type="button" className="import-notice-close" aria-label="Dismiss" aria-describedby={textId} onClick={() => onDismiss(notice.id)}>
                <CloseIcon />
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** "“X” is already in your library": open that one, keep both, or leave it. Focus starts on the safe choice, as in every dialog. */
export function ExistsDialog({ question, onAnswer }: { readonly question: ImportQuestion; readonly onAnswer: (choice: ExistsChoice) => void }) {
  const words = existsWords(question.existing, question.fileName);
  return (
    <Dialog title={words.title} onClose={() => onAnswer('cancel')} role="alertdialog" data-testid="import-exists">
      <div className="dialog-body">
        <p>{words.body}</p>
      </div>
      <div className="dialog-actions">
        <Button onClick={() => onAnswer('cancel')} autoFocus>
          Cancel
        </Button>
        <Button onClick={() => onAnswer('keep-both')} data-testid="import-keep-both">
          Keep both
        </Button>
        <Button variant="primary" onClick={() => onAnswer('open')} data-testid="import-open-existing">
          Open it
        </Button>
      </div>
    </Dialog>
  );
}

/** Shown over the library while files are dragged over it. */
export function DropSheet() {
  return (
    <div className="library-drop-sheet" aria-hidden="true" data-testid="import-drop-sheet">
      <div className="library-drop-sheet-inner">
        <p className="library-drop-sheet-title">Drop to import into your library</p>
        <p>A workshop file or a team pack (.json). Nothing in your library is overwritten.</p>
      </div>
    </div>
  );
}
