/**
 * The few icons the app draws, as inline SVG: the bundled font covers text,
 * not arrows and symbols, and a fallback font may be missing on the
 * facilitator's laptop. Decorative: each sits beside a text or aria-label.
 */
import type { ReactNode } from 'react';

function Icon({ children, size = 18 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      className="icon"
    >
      {children}
    </svg>
  );
}

export function BackIcon() {
  return (
    <Icon>
      <path d="M16 10H4M9 5l-5 5 5 5" />
    </Icon>
  );
}

export function UndoIcon() {
  return (
    <Icon>
      <path d="M7 4L3 8l4 4" />
      <path d="M3 8h9a5 5 0 010 10H8" />
    </Icon>
  );
}

export function RedoIcon() {
  return (
    <Icon>
      <path d="M13 4l4 4-4 4" />
      <path d="M17 8H8a5 5 0 000 10h4" />
    </Icon>
  );
}

export function UpIcon() {
  return (
    <Icon>
      <path d="M10 16V4M5 9l5-5 5 5" />
    </Icon>
  );
}

export function DownIcon() {
  return (
    <Icon>
      <path d="M10 4v12M5 11l5 5 5-5" />
    </Icon>
  );
}

export function CloseIcon({ size }: { size?: number }) {
  return (
    <Icon size={size ?? 18}>
      <path d="M5 5l10 10M15 5L5 15" />
    </Icon>
  );
}

export function PlusIcon({ size }: { size?: number }) {
  return (
    <Icon size={size ?? 18}>
      <path d="M10 4v12M4 10h12" />
    </Icon>
  );
}

export function CheckIcon({ size }: { size?: number }) {
  return (
    <Icon size={size ?? 16}>
      <path d="M4 10.5l4 4 8-9" />
    </Icon>
  );
}

export function ChevronDownIcon({ size }: { size?: number }) {
  return (
    <Icon size={size ?? 18}>
      <path d="M5 8l5 5 5-5" />
    </Icon>
  );
}

/** A clock with an arrow going back round it: the workshop's restore points. */
export function HistoryIcon() {
  return (
    <Icon>
      <path d="M3.5 10a6.5 6.5 0 106.5-6.5A6.6 6.6 0 005 6" />
      <path d="M4.5 2.5V6.2H8.2" />
      <path d="M10 6.5V10l2.5 1.8" />
    </Icon>
  );
}

/** A triangle with an exclamation mark, beside a sentence that says what went wrong. */
export function WarningIcon({ size }: { size?: number }) {
  return (
    <Icon size={size}>
      <path d="M10 2.8L1.8 17h16.4L10 2.8z" />
      <path d="M10 8v4M10 14.6v.1" />
    </Icon>
  );
}
