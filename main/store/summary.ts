/** What the library shows for a workshop, without loading all of it into the renderer. */
import type { Workshop } from '../../shared/model';
import type { WorkshopSummary } from '../../shared/wire';

export function summarise(workshop: Workshop): WorkshopSummary {
  const summary: WorkshopSummary = {
    id: workshop.id,
    title: workshop.title,
    organisation: workshop.organisation,
    phase: workshop.phase,
    updatedAt: workshop.updatedAt,
    teamCount: workshop.teams.length,
    touchpointCount: workshop.touchpoints.length,
    locale: workshop.locale,
  };
  const copy = workshop.teamCopy;
  if (!copy) return summary;
  const teamName = workshop.teams.find((team) => team.id === copy.teamId)?.name ?? 'Team';
  return { ...summary, teamCopy: { teamName, masterTitle: copy.masterTitle, packId: copy.packId } };
}
