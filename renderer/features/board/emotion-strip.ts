/**
 * The numbers behind the board's emotion curve: for each stage, how the
 * customer feels there on average (all teams together and per team). Its
 * words, signed figures and heights come from shared/present/feelings.ts.
 */
import type { BoardSlice } from './board-layout';
import { emotionCurve } from '../../../shared/selectors/journey';

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
