/**
 * The switch for the timer's end sound, for every page in the room at once
 * (a room of thirty laptops chiming together can be too much).
 */
import type { ClientCommand } from '../../../shared/commands';
import { useWorkshopSelector } from '../../store/use-live-workshop';
import { Button, CheckIcon } from '../../ui';

export interface ChimeToggleProps {
  readonly send: (command: ClientCommand) => Promise<boolean>;
}

export function ChimeToggle({ send }: ChimeToggleProps) {
  const muted = useWorkshopSelector((w) => w.chimeMuted);
  return (
    <Button
      size="sm"
      variant="ghost"
      className="facilitation-toggle"
      aria-pressed={muted}
      title={muted ? 'The end sound is off on every page. Press to turn it on.' : 'Every page plays a soft sound when time is up. Press to turn it off.'}
      onClick={() => void send({ type: 'chime/set', muted: !muted })}
      data-testid="chime-toggle"
    >
      {muted ? <CheckIcon /> : null} Mute end sound
    </Button>
  );
}
