/**
 * What an empty screen says instead of nothing: what belongs here and the
 * one thing to do next.
 */
import type { ReactNode } from 'react';
import './ui.css';

export interface EmptyStateProps {
  readonly title: string;
  readonly children?: ReactNode;
  /** The next step, usually a Button. */
  readonly action?: ReactNode;
}

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2 className="empty-state-title">{title}</h2>
      {children ? <div className="empty-state-text">{children}</div> : null}
      {action ? <div className="empty-state-action">{action}</div> : null}
    </section>
  );
}
