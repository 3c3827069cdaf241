/**
 * An action's optional link to a pillar: "none" first, then the choices. A link to something the workshop no longer has stays
 * shown, named for what it was, until another is chosen, so nothing changes
 * behind the person's back.
 */
import type { ReactNode } from 'react';

export interface LinkSelectProps {
  readonly id: string;
  readonly label: string;
  readonly className: string;
  /** The linked id, or null for none. */
  readonly value: string | null;
  readonly noneLabel: string;
  /** What the current link is called when its target is gone; null while it exists. */
  readonly goneLabel: string | null;
  readonly onChange: (value: string | null) => void;
  /** The <option>s to choose from. */
  readonly children: ReactNode;
}

export function LinkSelect({ id, label, className, value, noneLabel, goneLabel, onChange, children }: LinkSelectProps) {
  return (
    <div className={`plan-field ${className}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{noneLabel}</option>
        {goneLabel !== null && value !== null && <option value={value}>{goneLabel}</option>}
        {children}
      </select>
    </div>
  );
}
