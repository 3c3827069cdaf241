/**
 * Links at the very top of a page that jump the keyboard past the bars to
 * the part a person came for ("Skip to the Map screen", "Skip to the
 * board"). Hidden until focused, so the first Tab on the page shows them.
 * The app routes by the address's hash, so a link moves the focus itself
 * rather than changing the hash.
 */
import type { MouseEvent } from 'react';
import './skip-links.css';

export interface SkipLink {
  readonly label: string;
  /**
   * The id of where focus goes: that element when it takes focus (a field,
   * a focusable panel), otherwise the first thing inside it the Tab key
   * reaches (the board's current card).
   */
  readonly targetId: string;
}

function focusTarget(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const inside = target.tabIndex >= 0 ? target : target.querySelector<HTMLElement>('[tabindex="0"], a[href], button:not([disabled]), input:not([disabled])');
  (inside ?? target).focus();
}

export function SkipLinks({ links }: { readonly links: readonly SkipLink[] }) {
  function skip(event: MouseEvent<HTMLAnchorElement>, id: string): void {
    event.preventDefault();
    focusTarget(id);
  }
  return (
    <nav className="skip-links" aria-label="Skip links">
      {links.map((link) => (
        <a key={link.targetId} className="skip-link" href={`#${link.targetId}`} onClick={(event) => skip(event, link.targetId)}>
          {link.label}
        </a>
      ))}
    </nav>
  );
}
