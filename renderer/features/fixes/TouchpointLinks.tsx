/**
 * Picks the touchpoint a fix is about, from every team's cards, grouped
 * under their stage so a long journey stays easy to scan.
 */
import { useId } from 'react';
import type { Id, Workshop } from '../../../shared/model';
import { touchpointGroups } from './fix-form';

interface TouchpointSelectProps {
  readonly workshop: Workshop;
  /** The chosen touchpoint's id, or '' for none. */
  readonly value: Id | '';
  readonly onChange: (touchpointId: Id | '') => void;
}

export function TouchpointSelect({ workshop, value, onChange }: TouchpointSelectProps) {
  const id = useId();
  const channels = new Map(workshop.channels.map((c) => [c.id, c.name]));
  const teams = new Map(workshop.teams.map((t) => [t.id, t.name]));
  const multipleTeams = workshop.teams.length > 1;
  return (
    <div className="fix-field">
      <label className="fix-label" htmlFor={id}>
        Touchpoint it is about
      </label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">None in particular</option>
        {touchpointGroups(workshop).map((group) => (
          <optgroup key={group.stage.id} label={group.stage.name}>
            {group.touchpoints.map((t) => (
              <option key={t.id} value={t.id}>
                {`${t.title} (${channels.get(t.channelId) ?? 'channel'}${multipleTeams ? `, ${teams.get(t.teamId) ?? 'team'}` : ''})`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
