/**
 * How the merge preview names what a team file brings: a card with its
 * place, a rating with its card and pillar, a person's dots with the round.
 * Names are looked up in the workshop first, then in the file itself (a new
 * card's stage is the workshop's, a new rating's card may be the file's).
 */
import type { Id, Workshop } from '../model';
import type { TeamFile } from './team-file';
import type { TeamWorkCollection } from './team-work';

export interface Names {
  readonly team: string;
  readonly stage: (id: Id) => string;
  readonly channel: (id: Id) => string;
  readonly pillar: (id: Id) => string;
  readonly card: (id: Id) => string;
  readonly fix: (id: Id) => string;
  readonly person: (id: Id) => string;
}

/** What a name lookup gives for something neither the workshop nor the file names. */
export const UNKNOWN_NAME = 'one no longer here';

function lookup(...lists: readonly (readonly { readonly id: Id; readonly name?: string; readonly title?: string }[])[]): (id: Id) => string {
  const map = new Map<Id, string>();
  // Later lists first, so the workshop's own names (the first list) win.
  for (const list of [...lists].reverse()) for (const item of list) map.set(item.id, item.name ?? item.title ?? '');
  return (id) => map.get(id) ?? UNKNOWN_NAME;
}

function afters<T>(list: readonly { readonly before: T | null; readonly after: T | null }[] | undefined): T[] {
  const out: T[] = [];
  for (const change of list ?? []) {
    const record = change.after ?? change.before;
    if (record !== null) out.push(record);
  }
  return out;
}

export function namesFor(master: Workshop, file: TeamFile): Names {
  const c = file.changes;
  return {
    team: master.teams.find((t) => t.id === file.teamId)?.name ?? file.teamName,
    stage: lookup(master.stages, afters(c.stages)),
    channel: lookup(master.channels, afters(c.channels)),
    pillar: lookup(master.framework.pillars, afters(c.pillars)),
    card: lookup(master.touchpoints, afters(c.touchpoints)),
    fix: lookup(master.fixes, afters(c.fixes)),
    person: lookup(master.participants, afters(c.participants)),
  };
}

/** A stage or a channel in words: the stage “Buy”, or a stage when its name is known nowhere (removed here, and not in the file). */
export function placeName(kind: 'stage' | 'channel', id: Id, names: Names): string {
  const name = kind === 'stage' ? names.stage(id) : names.channel(id);
  return name === UNKNOWN_NAME ? `a ${kind}` : `the ${kind} “${name}”`;
}

/** One record in words, e.g. the card “Checkout page” (Buy · Web). */
export function describeRecord(collection: TeamWorkCollection, record: unknown, names: Names): string {
  const r = record as Record<string, unknown>;
  const text = (key: string) => String(r[key] ?? '');
  switch (collection) {
    case 'stages':
      return `the stage “${text('name')}”`;
    case 'channels':
      return `the channel “${text('name')}”`;
    case 'pillars':
      return `the pillar “${text('name')}”`;
    case 'participants':
      return `${text('name')}, a person of the team`;
    case 'touchpoints': {
      // A place removed here, and named nowhere, is left out of the words rather than called "one no longer here".
      const place = [names.stage(text('stageId')), names.channel(text('channelId'))].filter((n) => n !== UNKNOWN_NAME);
      return place.length > 0 ? `the card “${text('title')}” (${place.join(' · ')})` : `the card “${text('title')}”`;
    }
    case 'fixes':
      return `the fix “${text('title')}”`;
    case 'ratings':
      return `the rating of “${names.card(text('touchpointId'))}” on ${names.pillar(text('pillarId'))}`;
    case 'votes':
      return `${names.person(text('participantId'))}’s dots on “${names.fix(text('fixId'))}”`;
  }
}
