/**
 * Every rating as a spreadsheet row: which team rated which touchpoint (with
 * its stage and channel) against which pillar, the score, and the note.
 * "Not applicable" is written out, never as a zero, so averages taken in a
 * spreadsheet stay honest. Ratings that no longer point at a live touchpoint
 * or pillar are left out, as the PDF and the screens leave them out.
 */
import type { Workshop } from '../../../shared/model';
import { countedRatings } from '../../../shared/selectors';
import { journeyRanks } from '../../../shared/selectors/journey';
import { toCsv } from './rfc4180';

export const RATINGS_CSV_HEADER = ['Team', 'Touchpoint', 'Stage', 'Channel', 'Pillar', 'Score', 'Note'] as const;

export const NOT_APPLICABLE_TEXT = 'N/A';

export function ratingsCsv(workshop: Workshop): string {
  const teams = new Map(workshop.teams.map((t) => [t.id, t.name]));
  const stages = new Map(workshop.stages.map((s) => [s.id, s.name]));
  const channels = new Map(workshop.channels.map((c) => [c.id, c.name]));
  const pillars = new Map(workshop.framework.pillars.map((p) => [p.id, p.name]));
  const touchpoints = new Map(workshop.touchpoints.map((t) => [t.id, t]));
  // Team by team, each along the journey, pillar by pillar: the order people fill the sheet in.
  const teamOrder = new Map(workshop.teams.map((t, i) => [t.id, i]));
  const ranks = journeyRanks(workshop);
  const pillarOrder = new Map(workshop.framework.pillars.map((p, i) => [p.id, i]));
  const ordered = [...countedRatings(workshop)].sort(
    (a, b) =>
      (teamOrder.get(a.teamId) ?? 0) - (teamOrder.get(b.teamId) ?? 0) ||
      (ranks.get(a.touchpointId) ?? 0) - (ranks.get(b.touchpointId) ?? 0) ||
      (pillarOrder.get(a.pillarId) ?? 0) - (pillarOrder.get(b.pillarId) ?? 0),
  );
  const rows = ordered.map((rating) => {
    const touchpoint = touchpoints.get(rating.touchpointId);
    return [
      teams.get(rating.teamId) ?? '',
      touchpoint?.title ?? '',
      (touchpoint === undefined ? undefined : stages.get(touchpoint.stageId)) ?? '',
      (touchpoint === undefined ? undefined : channels.get(touchpoint.channelId)) ?? '',
      pillars.get(rating.pillarId) ?? '',
      rating.score ?? NOT_APPLICABLE_TEXT,
      rating.note,
    ];
  });
  return toCsv(RATINGS_CSV_HEADER, rows);
}
