/**
 * Workshops for the board tests, built with the real reducer so the cards
 * are arranged exactly as the app would hold them.
 */
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { createBlankWorkshop, sequentialIds } from '../../../shared/new-workshop';
import { applyCommand } from '../../../shared/reducer';

// One id source for the whole test file, so cards added by separate calls never share an id.
const newId = sequentialIds('c');

export function apply(state: Workshop, ...commands: readonly ClientCommand[]): Workshop {
  let next = state;
  for (const command of commands) {
    const result = applyCommand(next, command, { now: () => '2026-11-20T10:00:00.000Z', newId });
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
    next = result.state;
  }
  return next;
}

/** A blank workshop with two teams; ids looked up by name. */
export function boardWorkshop() {
  let workshop = createBlankWorkshop({ title: 'Board', now: '2026-11-20T09:00:00.000Z', newId: sequentialIds('w') });
  workshop = apply(workshop, { type: 'team/add', name: 'Team 2' });
  const id = (list: readonly { id: string; name: string }[], name: string): string => {
    const found = list.find((item) => item.name === name);
    if (!found) throw new Error(`No ${name}`);
    return found.id;
  };
  return {
    workshop,
    stage: (name: string) => id(workshop.stages, name),
    channel: (name: string) => id(workshop.channels, name),
    team: (name: string) => id(workshop.teams, name),
  };
}

/** Titles of one team's cards in a cell, in board order. */
export function titlesIn(workshop: Workshop, teamId: string, stageId: string, channelId: string): string[] {
  return workshop.touchpoints
    .filter((t) => t.teamId === teamId && t.stageId === stageId && t.channelId === channelId)
    .map((t) => t.title);
}
