/**
 * Labelled text inputs with their error shown right under them and tied to
 * them for screen readers, so a person sees what is wrong where they typed.
 * TextField is one line; TextArea is several.
 */
import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import './ui.css';

interface FieldProps {
  readonly label: ReactNode;
  /** Shown under the field in red, and read out with it. */
  readonly error?: string | null | undefined;
  /** A short help text under the label. */
  readonly hint?: ReactNode;
  /** Keeps the label for screen readers but hides it from sight. */
  readonly hideLabel?: boolean;
  /** Class for the wrapper around label, field and error. */
  readonly className?: string;
}

interface ShellIds {
  readonly id: string;
  readonly describedBy: string | undefined;
  readonly fieldClass: string;
}

function useShellIds(props: FieldProps, explicitId: string | undefined): ShellIds {
  const generated = useId();
  const id = explicitId ?? generated;
  const parts = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean);
  return {
    id,
    describedBy: parts.length > 0 ? parts.join(' ') : undefined,
    fieldClass: `field-input${props.error ? ' field-input-invalid' : ''}`,
  };
}

function FieldShell({ props, id, children }: { props: FieldProps; id: string; children: ReactNode }) {
  return (
    <div className={`field${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : 'field-label'}>
        {props.label}
      </label>
      {props.hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {props.hint}
        </span>
      ) : null}
      {children}
      {props.error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

export type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'className'>;

export function TextField({ label, error, hint, hideLabel, className, id, ...input }: TextFieldProps) {
  const shell = { label, error, hint, hideLabel, className };
  const ids = useShellIds(shell, id);
  return (
    <FieldShell props={shell} id={ids.id}>
      <input
        type="text"
        {...input}
        id={ids.id}
        className={ids.fieldClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </FieldShell>
  );
}

export type TextAreaProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'>;

export function TextArea({ label, error, hint, hideLabel, className, id, ...area }: TextAreaProps) {
  const shell = { label, error, hint, hideLabel, className };
  const ids = useShellIds(shell, id);
  return (
    <FieldShell props={shell} id={ids.id}>
      <textarea
        {...area}
        id={ids.id}
        className={ids.fieldClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </FieldShell>
  );
}
