/**
 * What a touchpoint card shows: its title, a star when it is a moment of
 * truth, and the customer's feeling as a small face. Memoised, so a drag —
 * which redraws the sortable wrappers many times a second — does not redraw
 * the faces.
 */
import { memo } from 'react';
import { feelingLook } from '../../../shared/present/feelings';

export interface CardFaceProps {
  readonly title: string;
  readonly momentOfTruth: boolean;
  readonly feeling: number;
}

/** A face whose mouth bends with the feeling: down for −2, flat for 0, up for +2. */
export function FeelingFace({ feeling, size = 18 }: { feeling: number; size?: number }) {
  const look = feelingLook(feeling);
  const bend = feeling * 2.2; // control point offset of the mouth curve
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="9" fill="#fff" stroke={look.colour} strokeWidth="2" />
      <circle cx="7" cy="8" r="1.3" fill={look.colour} />
      <circle cx="13" cy="8" r="1.3" fill={look.colour} />
      <path d={`M6 13 Q10 ${13 + bend} 14 13`} fill="none" stroke={look.colour} strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

export function TruthStar({ size = 16 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="truth-star">
      <path
        d="M10 1.5l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6L1.3 7.8l6.1-.7z"
        fill="currentColor"
      />
    </svg>
  );
}

export const CardFace = memo(function CardFace({ title, momentOfTruth, feeling }: CardFaceProps) {
  const look = feelingLook(feeling);
  return (
    <>
      <span className="card-title">{title}</span>
      {/* A word break between the title and the feeling's number ("Checklist 0", not "Checklist0"); the card lays it out as nothing. */}{' '}
      <span className="card-meta" aria-hidden="true">
        {momentOfTruth ? (
          <span className="card-truth" title="Moment of truth">
            <TruthStar />
          </span>
        ) : null}
        <span className="card-feeling" title={`Feeling: ${look.label}`} style={{ color: look.colour }}>
          <FeelingFace feeling={feeling} />
          {look.sign}
        </span>
      </span>
    </>
  );
});

/**
 * The card's name for screen readers: what the card shows, in the order it
 * shows it — the team's initials when every team is on the board, the title,
 * the feeling's number — so a person using speech input can say what they
 * see; then what the marks mean and whose card it is.
 */
export function cardLabel(title: string, momentOfTruth: boolean, feeling: number, team?: { readonly name: string; readonly initials: string }): string {
  const look = feelingLook(feeling);
  const parts = [team ? `${team.initials} ${title}` : title, look.sign, `feeling: ${look.label.toLowerCase()}`];
  if (momentOfTruth) parts.push('moment of truth');
  if (team) parts.push(team.name);
  return parts.join(', ');
}
