/**
 * The numbers behind the board's emotion curve: for each stage, how the
 * customer feels there on average (all teams together and per team), in
 * words and as a signed number, and where that lands on the strip.
 */
import type { BoardSlice } from './board-layout';
import { emotionCurve } from '../../../shared/selectors/journey';
import { feelingLook } from './feeling';

export interface StripLine {
  readonly teamId: string;
  readonly name: string;
  readonly colour: string;
  /** One value per stage, left to right; null where the team has no card. */
  readonly values: readonly (number | null)[];
}

export interface StripStage {
  readonly stageId: string;
  readonly name: string;
  /** All teams' cards at this stage together; null when there are none. */
  readonly combined: number | null;
}

export interface EmotionStrip {
  readonly stages: readonly StripStage[];
  readonly teams: readonly StripLine[];
}

export function emotionStrip(workshop: BoardSlice): EmotionStrip {
  const curve = emotionCurve(workshop);
  return {
    stages: curve.map((point) => ({ stageId: point.stage.id, name: point.stage.name, combined: point.combined })),
    teams: workshop.teams.map((team, t) => ({
      teamId: team.id,
      name: team.name,
      colour: team.color,
      values: curve.map((point) => point.byTeam[t]?.average ?? null),
    })),
  };
}

/** "−1.3", "0", "+0.5": the sign always shown, one decimal when it is not whole. */
export function signedFeeling(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(Math.abs(rounded)) : Math.abs(rounded).toFixed(1);
  if (rounded > 0) return `+${text}`;
  if (rounded < 0) return `−${text}`;
  return '0';
}

/** The nearest word on the scale: −1.3 is "Unhappy", +1.6 "Delighted". */
export function feelingWord(value: number): string {
  return feelingLook(Math.max(-2, Math.min(2, Math.round(value)))).label;
}

/** "Unhappy (−1.3)", or "No cards yet" where there is nothing to average. */
export function describeFeeling(value: number | null): string {
  return value === null ? 'No cards yet' : `${feelingWord(value)} (${signedFeeling(value)})`;
}

/** Height on a strip of `height` units: +2 at the top, −2 at the bottom, `pad` kept free at both ends. */
export function feelingY(value: number, height: number, pad: number): number {
  return pad + ((2 - value) / 4) * (height - 2 * pad);
}

/** Runs of consecutive stages that have a value, so a line breaks where a team has no card. */
export function runs(values: readonly (number | null)[]): readonly (readonly { index: number; value: number }[])[] {
  const out: { index: number; value: number }[][] = [];
  let current: { index: number; value: number }[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push({ index, value });
  });
  if (current.length > 0) out.push(current);
  return out;
}
