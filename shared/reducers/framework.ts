/**
 * Custom frameworks: adding, renaming, describing, reordering and removing
 * pillars. Editing a built-in framework turns it into the workshop's own, so
 * the Frame screen no longer shows it as the preset. The weights always sum
 * to 100: a new pillar starts at 0, a removed pillar's share goes to the rest.
 * A removed pillar's ratings stay in the file, uncounted, so undo (or adding
 * it back through undo) loses nothing.
 */
import type { Framework, Id, Pillar, Workshop } from '../model';
import { keyAfterAll } from '../order';
import {
  fail,
  movedTo,
  nameKey,
  ok,
  pastTheEnd,
  pillarNotFound,
  thereAre,
  type CommandOf,
  type Outcome,
} from './common';

/** The most pillars a framework holds; the same limit as the file schema. */
const PILLARS_MAX = 12;
export const CUSTOM_FRAMEWORK_ID = 'custom';

function customised(framework: Framework, pillars: readonly Pillar[]): Framework {
  if (framework.id === CUSTOM_FRAMEWORK_ID) return { ...framework, pillars };
  return { id: CUSTOM_FRAMEWORK_ID, name: `${framework.name} (adapted)`.slice(0, 120), pillars };
}

function withPillars(state: Workshop, pillars: readonly Pillar[]): Outcome {
  return ok({ ...state, framework: customised(state.framework, pillars) });
}

function nameTaken(pillars: readonly Pillar[], name: string, except?: Id): boolean {
  const key = nameKey(name);
  return pillars.some((p) => p.id !== except && nameKey(p.name) === key);
}

function duplicate(name: string): Outcome {
  return fail('conflict', `There is already a pillar called “${name}”. Pick a name the others do not use.`);
}

export function addPillar(state: Workshop, command: CommandOf<'pillar/add'>, ctx: { newId(): Id }): Outcome {
  const { pillars } = state.framework;
  if (pillars.length >= PILLARS_MAX) return fail('invalid', `A framework can have at most ${PILLARS_MAX} pillars.`);
  if (nameTaken(pillars, command.name)) return duplicate(command.name);
  const pillar: Pillar = {
    id: ctx.newId(),
    order: keyAfterAll(pillars),
    name: command.name,
    summary: command.summary ?? '',
    prompts: [],
    weight: 0,
  };
  return withPillars(state, [...pillars, pillar]);
}

export function renamePillar(state: Workshop, command: CommandOf<'pillar/rename'>): Outcome {
  const { pillars } = state.framework;
  const pillar = pillars.find((p) => p.id === command.pillarId);
  if (!pillar) return pillarNotFound();
  if (pillar.name === command.name) return ok(state);
  if (nameTaken(pillars, command.name, pillar.id)) return duplicate(command.name);
  return withPillars(state, pillars.map((p) => (p === pillar ? { ...p, name: command.name } : p)));
}

export function describePillar(state: Workshop, command: CommandOf<'pillar/describe'>): Outcome {
  const { pillars } = state.framework;
  const pillar = pillars.find((p) => p.id === command.pillarId);
  if (!pillar) return pillarNotFound();
  const prompts = command.prompts ?? pillar.prompts;
  const samePrompts = prompts.length === pillar.prompts.length && prompts.every((q, i) => q === pillar.prompts[i]);
  if (pillar.summary === command.summary && samePrompts) return ok(state);
  return withPillars(state, pillars.map((p) => (p === pillar ? { ...p, summary: command.summary, prompts } : p)));
}

export function movePillar(state: Workshop, command: CommandOf<'pillar/move'>): Outcome {
  const { pillars } = state.framework;
  if (!pillars.some((p) => p.id === command.pillarId)) return pillarNotFound();
  const past = pastTheEnd(command.toIndex, pillars.length - 1, 'among the pillars', thereAre(pillars.length));
  if (past) return past;
  const moved = movedTo(pillars, command.pillarId, command.toIndex);
  if (!moved) return pillarNotFound();
  return moved === pillars.find((p) => p.id === moved.id)
    ? ok(state)
    : withPillars(state, pillars.map((p) => (p.id === moved.id ? moved : p)));
}

/** Shares `freed` percent among the pillars in proportion to their weights (equally when all are 0). */
export function shareWeight(pillars: readonly Pillar[], freed: number): readonly Pillar[] {
  const total = pillars.reduce((sum, p) => sum + p.weight, 0);
  return pillars.map((p) => ({
    ...p,
    weight: total > 0 ? p.weight + (freed * p.weight) / total : p.weight + freed / pillars.length,
  }));
}

export function removePillar(state: Workshop, command: CommandOf<'pillar/remove'>): Outcome {
  const { pillars } = state.framework;
  const pillar = pillars.find((p) => p.id === command.pillarId);
  if (!pillar) return pillarNotFound();
  if (pillars.length === 1) return fail('invalid', 'A framework needs at least one pillar, so the last one stays.');
  return withPillars(state, shareWeight(pillars.filter((p) => p !== pillar), pillar.weight));
}
