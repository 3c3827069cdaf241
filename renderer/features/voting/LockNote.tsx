/**
 * The note that says a setting is fixed while the vote is on, with a small
 * padlock drawn in SVG (an emoji may have no glyph on a workshop laptop).
 */
import type { ReactNode } from 'react';
import './lock-note.css';

export function LockNote({ children, testId }: { readonly children: ReactNode; readonly testId?: string }) {
  return (
    <p className="vote-lock-note" data-testid={testId}>
      <svg className="vote-lock-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      </svg>
      <span>{children}</span>
    </p>
  );
}
