/**
 * Before the PDF is made: names every character in the workshop that the
 * PDF's fonts cannot draw (Chinese or Japanese characters, emoji,
 * right-to-left scripts) and where it is, so nobody finds a gap in the
 * printed plan afterwards. Shows nothing when everything prints. The
 * characters come from shared/present/unprintable.ts.
 */
import { useId, useMemo } from 'react';
import type { Workshop } from '../../../shared/model';
import { unprintablePlaces } from '../../../shared/present/unprintable';
import './unprintable-warning.css';

/** Places listed before the rest are counted: enough to find them, short enough to read. */
const SHOWN = 6;

export function UnprintableWarning({ workshop }: { readonly workshop: Workshop }) {
  const headingId = useId();
  const places = useMemo(() => unprintablePlaces(workshop), [workshop]);
  if (places.length === 0) return null;
  const rest = places.length - SHOWN;
  return (
    <section className="export-unprintable" aria-labelledby={headingId} data-testid="export-unprintable">
      <h3 id={headingId} className="export-unprintable-heading">
        Some characters will not print in the PDF
      </h3>
      <p className="export-unprintable-lead">
        The PDF&rsquo;s fonts cannot draw these characters, so the PDF will leave them out. Write them another way
        where they are, or download the PDF knowing they are missing.
      </p>
      <ul className="export-unprintable-list">
        {places.slice(0, SHOWN).map(({ place, characters }) => (
          <li key={place}>
            <span className="export-unprintable-chars">{characters.join(' ')}</span> in {place}
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <p className="export-unprintable-more">
          …and {rest === 1 ? 'one more place' : `${rest} more places`}.
        </p>
      )}
    </section>
  );
}
