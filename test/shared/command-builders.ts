/**
 * The property tests' way of making any command: one builder per command
 * type, keyed by type, so the compiler asks for a builder whenever a command
 * is added. A builder turns a few random numbers into a command against the
 * workshop as it is — mostly naming things that exist, sometimes not, with
 * valid and invalid values mixed.
 */
import type { ClientCommand, CommandOf, CommandType } from '../../shared/commands';
import { LOCKABLE_PHASES, PHASES, PROJECTOR_VIEWS, type Workshop } from '../../shared/model';

/** A random choice, described by plain numbers so fast-check can shrink it. */
export interface Step {
  readonly kind: number;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly n: number;
}

const NAMES = ['Alpha', 'alpha ', 'Beta', '', '  ', 'Zoë', 'Дмитрий', 'x'.repeat(130)];
const PILLARS = ['integrity', 'resolution', 'expectations', 'empathy', 'personalisation', 'time-effort', 'speed'];

/** An existing id most of the time, sometimes one that does not exist. */
export function pick(items: readonly { id: string }[], k: number): string {
  return items[k % (items.length + 1)]?.id ?? 'gone';
}
const name = (k: number) => NAMES[k % NAMES.length] ?? 'Name';
const pillar = (k: number) => PILLARS[k % PILLARS.length] ?? 'integrity';

type Builder<T extends CommandType> = (w: Workshop, step: Step) => CommandOf<T>;
type Builders = { readonly [T in CommandType]: Builder<T> };

export const BUILDERS: Builders = {
  'workshop/update': (_w, { a, b }) => ({
    type: 'workshop/update',
    title: name(a),
    persona: a % 2 ? 'Movers' : undefined,
    // Sometimes how dates are written changes too, so undo is checked for it.
    locale: b % 3 === 0 ? undefined : b % 3 === 1 ? 'en-US' : 'de-DE',
  }),
  'phase/set': (w, { a, b }) => ({
    type: 'phase/set',
    phase: PHASES[a % PHASES.length] ?? 'map',
    // Sometimes the page saw another phase than the room's: a raced "Next".
    from: b % 3 === 0 ? undefined : b % 3 === 1 ? w.phase : (PHASES[b % PHASES.length] ?? 'frame'),
  }),
  'agenda/set': (_w, { a, b, n }) => ({
    type: 'agenda/set',
    // Sometimes a phase twice or a zero minute, which the schema refuses before the rules.
    agenda: PHASES.slice(0, 1 + (a % PHASES.length)).map((phase, i) => ({
      phase: b % 7 === 0 ? 'map' : phase,
      minutes: (b + i * n) % 61,
    })),
  }),
  'lock/set': (_w, { a, b }) => ({ type: 'lock/set', phase: LOCKABLE_PHASES[a % LOCKABLE_PHASES.length] ?? 'map', locked: b % 2 === 0 }),
  'timer/start': (_w, { a }) => ({ type: 'timer/start', seconds: 1 + (a % 3600) }),
  'timer/pause': () => ({ type: 'timer/pause' }),
  'timer/resume': () => ({ type: 'timer/resume' }),
  'timer/add': (_w, { a }) => ({ type: 'timer/add', seconds: a % 2 ? 60 : 1 + (a % 600) }),
  'timer/end': () => ({ type: 'timer/end' }),
  'chime/set': (_w, { a }) => ({ type: 'chime/set', muted: a % 2 === 0 }),
  'projector/show': (_w, { a }) => ({ type: 'projector/show', view: PROJECTOR_VIEWS[a % PROJECTOR_VIEWS.length] ?? 'join' }),
  'stage/add': (_w, { a, b }) => ({ type: 'stage/add', name: name(a), index: b % 3 === 0 ? undefined : b % 10 }),
  'stage/rename': (w, { a, b }) => ({ type: 'stage/rename', stageId: pick(w.stages, a), name: name(b) }),
  'stage/move': (w, { a, b }) => ({ type: 'stage/move', stageId: pick(w.stages, a), toIndex: b % 10 }),
  'stage/remove': (w, { a }) => ({ type: 'stage/remove', stageId: pick(w.stages, a) }),
  'channel/add': (_w, { a, b }) => ({ type: 'channel/add', name: name(a), index: b % 8 }),
  'channel/rename': (w, { a, b }) => ({ type: 'channel/rename', channelId: pick(w.channels, a), name: name(b) }),
  'channel/move': (w, { a, b }) => ({ type: 'channel/move', channelId: pick(w.channels, a), toIndex: b % 8 }),
  'channel/remove': (w, { a }) => ({ type: 'channel/remove', channelId: pick(w.channels, a) }),
  'team/add': (_w, { a }) => ({ type: 'team/add', name: name(a) }),
  'team/rename': (w, { a, b }) => ({ type: 'team/rename', teamId: pick(w.teams, a), name: name(b) }),
  'team/remove': (w, { a }) => ({ type: 'team/remove', teamId: pick(w.teams, a) }),
  'touchpoint/add': (w, { a, b, c, n }) => ({
    type: 'touchpoint/add',
    teamId: pick(w.teams, a),
    stageId: pick(w.stages, b),
    channelId: pick(w.channels, c),
    title: name(b),
    feeling: c % 5 === 0 ? n - 3 : ((n + 5) % 5) - 2,
    index: n,
  }),
  'touchpoint/update': (w, { a, b, c, n }) => ({
    type: 'touchpoint/update',
    touchpointId: pick(w.touchpoints, a),
    title: b % 2 ? name(b) : undefined,
    feeling: c % 2 ? n - 3 : undefined,
    momentOfTruth: c % 3 === 0,
    teamId: n === 6 ? pick(w.teams, b) : undefined,
  }),
  'touchpoint/duplicate': (w, { a }) => ({ type: 'touchpoint/duplicate', touchpointId: pick(w.touchpoints, a) }),
  'touchpoint/move': (w, { a, b, c, n }) => ({
    type: 'touchpoint/move',
    touchpointId: pick(w.touchpoints, a),
    stageId: pick(w.stages, b),
    channelId: pick(w.channels, c),
    index: n,
  }),
  'touchpoint/remove': (w, { a }) => ({ type: 'touchpoint/remove', touchpointId: pick(w.touchpoints, a) }),
  'framework/use': (_w, { a }) => ({ type: 'framework/use', preset: a % 2 ? 'four-pillars' : 'six-pillars' }),
  'framework/set-weights': (w, { a, b }) => {
    const weights: Record<string, number> = {};
    const pillars = w.framework.pillars;
    pillars.forEach((p, i) => (weights[p.id] = i === 0 ? 100 - (pillars.length - 1) * (a % 20) : a % 20));
    if (b % 4 === 0) weights['integrity'] = (weights['integrity'] ?? 0) + 1;
    return { type: 'framework/set-weights', weights };
  },
  'rating/set': (w, { a, b, c, n }) => ({
    type: 'rating/set',
    teamId: pick(w.teams, b),
    touchpointId: pick(w.touchpoints, a),
    pillarId: pillar(c),
    score: b % 7 === 0 ? n : c % 6 === 0 ? null : (c % 5) + 1,
  }),
  'rating/clear': (w, { a, b, c }) => ({ type: 'rating/clear', teamId: pick(w.teams, b), touchpointId: pick(w.touchpoints, a), pillarId: pillar(c) }),
  'rating/reveal': (_w, { a }) => ({ type: 'rating/reveal', revealed: a % 2 === 0 }),
  'pillar/add': (_w, { a, b, c }) => ({ type: 'pillar/add', name: b % 3 ? name(a) : 'Empathy', summary: c % 2 ? 'Why it matters' : undefined }),
  'pillar/rename': (w, { a, b }) => ({ type: 'pillar/rename', pillarId: pick(w.framework.pillars, a), name: b % 3 ? name(b) : 'integrity' }),
  'pillar/describe': (w, { a, b, c }) => ({
    type: 'pillar/describe',
    pillarId: pick(w.framework.pillars, a),
    summary: name(b),
    prompts: c % 2 ? ['Is it quick?'] : undefined,
  }),
  'pillar/move': (w, { a, b }) => ({ type: 'pillar/move', pillarId: pick(w.framework.pillars, a), toIndex: b % 8 }),
  'pillar/remove': (w, { a }) => ({ type: 'pillar/remove', pillarId: pick(w.framework.pillars, a) }),
  'fix/add': (w, { a, b, c, n }) => ({
    type: 'fix/add',
    teamId: pick(w.teams, a),
    title: name(b),
    touchpointIds: [pick(w.touchpoints, a), pick(w.touchpoints, c)],
    pillarIds: [pillar(c)],
    impact: n,
    effort: 3,
  }),
  'fix/update': (w, { a, b, c, n }) => ({
    type: 'fix/update',
    fixId: pick(w.fixes, a),
    touchpointIds: b % 2 ? [pick(w.touchpoints, c)] : undefined,
    impact: c % 2 ? n : undefined,
  }),
  'fix/remove': (w, { a }) => ({ type: 'fix/remove', fixId: pick(w.fixes, a) }),
  'fix/merge': (w, { a, b }) => ({ type: 'fix/merge', fixId: pick(w.fixes, a), otherFixId: pick(w.fixes, b) }),
  'participant/add': (w, { a, b }) => ({ type: 'participant/add', name: name(a), teamId: pick(w.teams, b) }),
  'participant/remove': (w, { a }) => ({ type: 'participant/remove', participantId: pick(w.participants, a) }),
  'participant/update': (w, { a, b, c }) => ({
    type: 'participant/update',
    participantId: pick(w.participants, a),
    ...(c % 2 === 0 ? { name: name(b) } : { teamId: pick(w.teams, b) }),
  }),
  'voting/configure': (_w, { a, b, c, n }) =>
    n % 2
      ? { type: 'voting/configure', budget: b % 3 === 0 ? undefined : (a % 8) + 1, maxPerFix: b % 3 === 1 ? undefined : (c % 4) + 1 }
      : {
          type: 'voting/configure',
          mode: a % 2 ? 'tally' : 'ballot',
          ownTeamVoting: b % 3 === 0 ? b % 2 === 0 : undefined,
          secret: c % 3 === 0 ? c % 2 === 0 : undefined,
          tallyVoters: n >= 0 ? n : undefined,
        },
  'voting/reset': () => ({ type: 'voting/reset' }),
  'vote/set': (w, { a, b, c, n }) => ({ type: 'vote/set', participantId: pick(w.participants, a), fixId: pick(w.fixes, b), dots: c % 3 === 0 ? n : c % 4 }),
  'ballot/cast': (w, { a, b, c, n }) => ({
    type: 'ballot/cast',
    participantId: pick(w.participants, a),
    dots: { [pick(w.fixes, b)]: c % 4, [pick(w.fixes, c)]: Math.max(n, 0) % 4 },
    round: n === 7 ? 1 : undefined,
  }),
  'vote/tally': (w, { a, b, c }) => ({ type: 'vote/tally', fixId: pick(w.fixes, a), dots: b % 3 === 0 ? 0 : c % 12 }),
  'vote/reveal': (_w, { a }) => ({ type: 'vote/reveal', revealed: a % 2 === 0 }),
  'vote/runoff': (w, { a, b, c, n }) => ({
    type: 'vote/runoff',
    fixIds: [pick(w.fixes, a), pick(w.fixes, b), pick(w.fixes, c)],
    budget: (Math.abs(n) % 3) + 2,
    maxPerFix: (a % 2) + 1,
  }),
  'vote/cancel-runoff': () => ({ type: 'vote/cancel-runoff' }),
  'action/add': (w, { a, b, c, n }) => ({
    type: 'action/add',
    fixId: b % 3 ? pick(w.fixes, b) : null,
    title: name(a),
    owner: 'Owner',
    dueDate: c % 2 ? '2027-01-31' : '31/01/2027',
    pillarId: c % 3 ? pillar(c) : null,
    touchpointId: n > 2 ? pick(w.touchpoints, a) : null,
  }),
  'action/update': (w, { a, b, c }) => ({
    type: 'action/update',
    actionId: pick(w.actions, a),
    status: (['planned', 'in-progress', 'done'] as const)[b % 3],
    pillarId: c % 2 ? null : undefined,
  }),
  'action/move': (w, { a, b }) => ({ type: 'action/move', actionId: pick(w.actions, a), toIndex: b % 6 }),
  'action/remove': (w, { a }) => ({ type: 'action/remove', actionId: pick(w.actions, a) }),
  // A team file that edits one of the team's cards: sometimes cleanly, sometimes in conflict, sometimes from another workshop.
  'team-file/merge': (w, { a, b, c }) => {
    const team = w.teams[a % Math.max(1, w.teams.length)];
    const card = w.touchpoints.find((t) => t.teamId === team?.id);
    const edited = card ? { ...card, title: `Edited on a laptop ${String(c % 5)}` } : undefined;
    return {
      type: 'team-file/merge',
      file: {
        kind: 'journey-room/team-file',
        formatVersion: 1,
        masterId: b % 5 === 0 ? 'another-workshop' : w.id,
        masterTitle: 'Workshop',
        teamId: team?.id ?? 'gone',
        teamName: 'Team',
        packId: 'pack-1',
        exportedAt: '2026-12-04T10:00:00.000Z',
        changes: card && edited ? { touchpoints: [{ before: b % 3 === 0 ? { ...card, title: 'Then' } : card, after: edited }] } : {},
      },
      choices: b % 2 === 0 ? { [`touchpoints:${card?.id ?? ''}`]: 'team' } : {},
    };
  },
};

const TYPES = Object.keys(BUILDERS) as CommandType[];

/** Turns a step into a command against the current workshop (possibly an invalid one). */
export function buildCommand(w: Workshop, step: Step): ClientCommand {
  const type = TYPES[step.kind % TYPES.length] ?? 'phase/set';
  const builder = BUILDERS[type] as (w: Workshop, step: Step) => ClientCommand;
  return builder(w, step);
}
