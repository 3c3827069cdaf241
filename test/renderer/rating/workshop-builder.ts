/**
 * Builds workshops for the screen-helper tests with the real reducer, so the
 * data the helpers see is exactly what the app would hold.
 */
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { createBlankWorkshop, sequentialIds } from '../../../shared/new-workshop';
import { applyCommand } from '../../../shared/reducer';

export function blankWorkshop(): Workshop {
  return createBlankWorkshop({ title: 'Test workshop', now: '2026-11-20T09:00:00.000Z', newId: sequentialIds('w') });
}

/** Applies each command in turn; a refusal fails the test with the reducer's own sentence. */
export function withCommands(start: Workshop, commands: readonly ClientCommand[]): Workshop {
  const newId = sequentialIds('c');
  let state = start;
  for (const command of commands) {
    const result = applyCommand(state, command, { now: () => '2026-11-20T10:00:00.000Z', newId });
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
    state = result.state;
  }
  return state;
}

/** Shorthand for the ids of a blank workshop's parts, looked up by name. */
export function idsOf(workshop: Workshop) {
  const byName = <T extends { readonly id: string; readonly name: string }>(items: readonly T[], name: string): string => {
    const found = items.find((item) => item.name === name);
    if (!found) throw new Error(`No ${name}`);
    return found.id;
  };
  return {
    stage: (name: string) => byName(workshop.stages, name),
    channel: (name: string) => byName(workshop.channels, name),
    team: (name: string) => byName(workshop.teams, name),
    touchpoint: (title: string) => {
      const found = workshop.touchpoints.find((t) => t.title === title);
      if (!found) throw new Error(`No touchpoint ${title}`);
      return found.id;
    },
    fix: (title: string) => {
      const found = workshop.fixes.find((f) => f.title === title);
      if (!found) throw new Error(`No fix ${title}`);
      return found.id;
    },
  };
}
