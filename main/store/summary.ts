/** What the library shows for a workshop, without loading all of it into the renderer. */
import type { Workshop } from '../../shared/model';
import type { WorkshopSummary } from '../../shared/wire';

export function summarise(workshop: Workshop): WorkshopSummary {
  return {
    id: workshop.id,
    title: workshop.title,
    organisation: workshop.organisation,
    phase: workshop.phase,
    updatedAt: workshop.updatedAt,
    teamCount: workshop.teams.length,
    touchpointCount: workshop.touchpoints.length,
  };
}
