/**
 * Every team's touchpoints as choices for a picker (a fix's links, an
 * action's touchpoint): listed under their stage in journey order, each read
 * as "Title (Channel)", with the team when there is more than one — enough
 * to tell two cards with the same title apart.
 */
import type { Id, Touchpoint, Workshop } from '../../shared/model';
import type { ComboboxOption } from './combobox-logic';

/** "Check order (Phone, Team 1)". */
export function touchpointChoiceLabel(workshop: Workshop, touchpoint: Touchpoint): string {
  const channel = workshop.channels.find((c) => c.id === touchpoint.channelId)?.name ?? 'channel';
  if (workshop.teams.length <= 1) return `${touchpoint.title} (${channel})`;
  const team = workshop.teams.find((t) => t.id === touchpoint.teamId)?.name ?? 'team';
  return `${touchpoint.title} (${channel}, ${team})`;
}

/** The choices, stage by stage; those in `leaveOut` (already linked) are not offered. */
export function touchpointChoices(workshop: Workshop, leaveOut: readonly Id[] = []): readonly ComboboxOption[] {
  const skipped = new Set(leaveOut);
  const byStage = new Map<Id, Touchpoint[]>(workshop.stages.map((s) => [s.id, []]));
  for (const touchpoint of workshop.touchpoints) {
    if (!skipped.has(touchpoint.id)) byStage.get(touchpoint.stageId)?.push(touchpoint);
  }
  const channels = new Map(workshop.channels.map((c) => [c.id, c.name]));
  const teams = new Map(workshop.teams.map((t) => [t.id, t.name]));
  const withTeam = workshop.teams.length > 1;
  return workshop.stages.flatMap((stage) =>
    (byStage.get(stage.id) ?? []).map((t) => ({
      id: t.id,
      label: `${t.title} (${channels.get(t.channelId) ?? 'channel'}${withTeam ? `, ${teams.get(t.teamId) ?? 'team'}` : ''})`,
      group: stage.name,
    })),
  );
}

/** How many touchpoints a picker that leaves out `leaveOut` still offers. */
export function offeredCount(workshop: Workshop, leaveOut: readonly Id[]): number {
  const stages = new Set(workshop.stages.map((s) => s.id));
  const skipped = new Set(leaveOut);
  return workshop.touchpoints.filter((t) => stages.has(t.stageId) && !skipped.has(t.id)).length;
}
