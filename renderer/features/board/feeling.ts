/**
 * The customer's feeling at a touchpoint (−2…+2) in words and colours, the
 * same everywhere a card shows it.
 */
export interface FeelingLook {
  readonly value: number;
  readonly label: string;
  /** Shown on the card next to the face. */
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

export function feelingLook(value: number): FeelingLook {
  return FEELINGS.find((f) => f.value === value) ?? (FEELINGS[2] as FeelingLook);
}
