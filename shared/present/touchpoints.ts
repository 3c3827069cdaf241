/** How a touchpoint is named where it is picked or listed away from the board. */
import type { Touchpoint, Workshop } from '../model';

/** "Title · Stage · Channel": enough to tell two cards with the same title apart. */
export function touchpointLabel(workshop: Pick<Workshop, 'stages' | 'channels'>, touchpoint: Touchpoint): string {
  const stage = workshop.stages.find((s) => s.id === touchpoint.stageId)?.name ?? 'a removed stage';
  const channel = workshop.channels.find((c) => c.id === touchpoint.channelId)?.name ?? 'a removed channel';
  return `${touchpoint.title} · ${stage} · ${channel}`;
}
