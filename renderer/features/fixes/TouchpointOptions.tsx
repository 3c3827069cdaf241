/**
 * Every team's touchpoints as <option>s grouped under their stage, for any
 * select that picks one (a fix's links, an action's touchpoint). Each reads
 * "Title (Channel)", with the team when there is more than one.
 */
import type { Id, Workshop } from '../../../shared/model';
import { touchpointGroups } from './fix-form';

interface TouchpointOptionsProps {
  readonly workshop: Workshop;
  /** Touchpoints not to offer (already linked). */
  readonly leaveOut?: readonly Id[];
}

export function TouchpointOptions({ workshop, leaveOut }: TouchpointOptionsProps) {
  const channels = new Map(workshop.channels.map((c) => [c.id, c.name]));
  const teams = new Map(workshop.teams.map((t) => [t.id, t.name]));
  const multipleTeams = workshop.teams.length > 1;
  return touchpointGroups(workshop, leaveOut).map((group) => (
    <optgroup key={group.stage.id} label={group.stage.name}>
      {group.touchpoints.map((t) => (
        <option key={t.id} value={t.id}>
          {`${t.title} (${channels.get(t.channelId) ?? 'channel'}${multipleTeams ? `, ${teams.get(t.teamId) ?? 'team'}` : ''})`}
        </option>
      ))}
    </optgroup>
  ));
}
