/**
 * The customer's feeling at a touchpoint (−2…+2), the same wherever it
 * shows: its words, its sign, its colour, and its height on a curve. The
 * board's cards and emotion strip, the Insights curve and the PDF's journey
 * page all draw from here. Each colour keeps at least 4.5:1 contrast on the
 * surfaces a feeling is written on (white, a moment-of-truth card's tint, a
 * chosen option's tint).
 */
import { formatFeeling } from './numbers';

export const FEELING_MIN = -2;
export const FEELING_MAX = 2;

export interface FeelingLook {
  readonly value: number;
  readonly label: string;
  /** Shown on the card next to the face: "−1", "0", "+2". */
  readonly sign: string;
  readonly colour: string;
}

export const FEELINGS: readonly FeelingLook[] = [
  { value: -2, label: 'Very unhappy', sign: '−2', colour: '#b3261e' },
  { value: -1, label: 'Unhappy', sign: '−1', colour: '#a84f00' },
  { value: 0, label: 'Neutral', sign: '0', colour: '#5c6474' },
  { value: 1, label: 'Happy', sign: '+1', colour: '#2a7530' },
  { value: 2, label: 'Delighted', sign: '+2', colour: '#1b5e20' },
];

const NEUTRAL = FEELINGS[2] as FeelingLook;

function clamp(value: number): number {
  return Math.max(FEELING_MIN, Math.min(FEELING_MAX, value));
}

/** The look of a whole feeling, or of the nearest one for an average. */
export function feelingLook(value: number): FeelingLook {
  const nearest = clamp(Math.round(value));
  return FEELINGS.find((f) => f.value === nearest) ?? NEUTRAL;
}

/** The nearest word on the scale: −1.3 is "Unhappy", +1.6 "Delighted". */
export function feelingWord(value: number): string {
  return feelingLook(value).label;
}

/** "Unhappy (−1.3)", or "No cards yet" where there is nothing to average. */
export function describeFeeling(value: number | null): string {
  return value === null ? 'No cards yet' : `${feelingWord(value)} (${formatFeeling(value)})`;
}

/** The axis's own labels, top to bottom: "+2 delighted" … "−2 very unhappy". */
export function feelingAxisLabel(value: number): string {
  const sign = formatFeeling(value);
  if (value === FEELING_MAX || value === FEELING_MIN || value === 0) return `${sign} ${feelingLook(value).label.toLowerCase()}`;
  return sign;
}

/**
 * Where a feeling sits on a curve drawn downwards from `top` over `height`
 * units: +2 at the top, −2 at the bottom, 0 in the middle. One mapping for
 * the board's strip, the Insights curve and the PDF.
 */
export function feelingY(value: number, top: number, height: number): number {
  return top + ((FEELING_MAX - clamp(value)) / (FEELING_MAX - FEELING_MIN)) * height;
}
