/**
 * How the app tells people what just happened: `announce` speaks through a
 * live region only (for screen-reader users: "Card moved to Buy, Web."),
 * `toast` also shows a short note on screen that goes away by itself. Errors
 * are spoken at once; everything else waits for a pause.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { CloseIcon } from './icons';
import './ui.css';

export type ToastTone = 'info' | 'success' | 'error';

export interface Notify {
  /** Read out by screen readers, not shown. */
  announce(message: string, urgent?: boolean): void;
  /** Shown for a few seconds, and read out. */
  toast(message: string, tone?: ToastTone): void;
}

interface ToastItem {
  readonly id: number;
  readonly message: string;
  readonly tone: ToastTone;
}

const NotifyContext = createContext<Notify | null>(null);

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify is used outside <NotifyProvider>.');
  return notify;
}

const SHOWN_MS: Record<ToastTone, number> = { info: 5000, success: 4000, error: 9000 };

export function NotifyProvider({ children }: { children: ReactNode }) {
  const [polite, setPolite] = useState('');
  const [urgent, setUrgent] = useState('');
  const [toasts, setToasts] = useState<readonly ToastItem[]>([]);
  const nextId = useRef(1);
  // Alternating a trailing space makes a repeated message count as new, so it is read again.
  const flip = useRef(false);

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);

  const announce = useCallback((message: string, isUrgent = false) => {
    flip.current = !flip.current;
    const text = flip.current ? message : `${message}\u00a0`;
    if (isUrgent) setUrgent(text);
    else setPolite(text);
  }, []);

  const toast = useCallback(
    (message: string, tone: ToastTone = 'info') => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-2), { id, message, tone }]);
      announce(message, tone === 'error');
      setTimeout(() => dismiss(id), SHOWN_MS[tone]);
    },
    [announce, dismiss],
  );

  const value = useMemo(() => ({ announce, toast }), [announce, toast]);

  return (
    <NotifyContext.Provider value={value}>
      {children}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {polite}
      </div>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {urgent}
      </div>
      <div className="toasts">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone}`} data-testid="toast">
            <span className="toast-message">{t.message}</span>
            <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
              <CloseIcon />
            </button>
          </div>
        ))}
      </div>
    </NotifyContext.Provider>
  );
}
