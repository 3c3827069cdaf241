/**
 * A workshop written out by hand — a new blank one, a template, the sample,
 * a test's fixture — lists its stages, cards, fixes and so on in the order
 * people should see them. `finishDraft` gives every such record its
 * fractional order key from that order, and sorts each collection the way a
 * workshop is held (shared/changes/collections.ts).
 */
import { sortCollections } from './changes/patch';
import type { Action, Channel, Fix, Framework, OrderKey, Participant, Pillar, Stage, Team, TeamCopy, Touchpoint, Workshop } from './model';
import { firstKeys } from './order';
import { DEFAULT_LOCALE } from './present/dates';

/** A record that may not have its order key yet. */
export type Unordered<T> = Omit<T, 'order'> & { readonly order?: OrderKey };

export type WorkshopDraft = Omit<
  Workshop,
  'stages' | 'channels' | 'teams' | 'touchpoints' | 'framework' | 'fixes' | 'participants' | 'actions' | 'teamCopy' | 'locale'
> & {
  /** How it writes dates; the default locale when not given (shared/present/dates.ts). */
  readonly locale?: string;
  /** Only a team's copy has one; a new workshop has none. */
  readonly teamCopy?: TeamCopy | null;
  readonly stages: readonly Unordered<Stage>[];
  readonly channels: readonly Unordered<Channel>[];
  readonly teams: readonly Unordered<Team>[];
  readonly touchpoints: readonly Unordered<Touchpoint>[];
  readonly framework: Omit<Framework, 'pillars'> & { readonly pillars: readonly Unordered<Pillar>[] };
  readonly fixes: readonly Unordered<Fix>[];
  readonly participants: readonly Unordered<Participant>[];
  readonly actions: readonly Unordered<Action>[];
};

/**
 * Keys in the order given. When every record already has a key they are
 * kept; otherwise all get fresh ones, so the listed order is what counts.
 */
export function inListedOrder<T>(items: readonly Unordered<T>[]): readonly (Omit<T, 'order'> & { readonly order: OrderKey })[] {
  if (items.every((item) => item.order !== undefined)) {
    return items as readonly (Omit<T, 'order'> & { readonly order: OrderKey })[];
  }
  const keys = firstKeys(items.length);
  return items.map((item, i) => ({ ...item, order: keys[i] ?? 'a0' }));
}

export function finishDraft(draft: WorkshopDraft): Workshop {
  const workshop: Workshop = {
    ...draft,
    locale: draft.locale ?? DEFAULT_LOCALE,
    stages: inListedOrder<Stage>(draft.stages),
    channels: inListedOrder<Channel>(draft.channels),
    teams: inListedOrder<Team>(draft.teams),
    touchpoints: inListedOrder<Touchpoint>(draft.touchpoints),
    framework: { ...draft.framework, pillars: inListedOrder<Pillar>(draft.framework.pillars) },
    fixes: inListedOrder<Fix>(draft.fixes),
    participants: inListedOrder<Participant>(draft.participants),
    actions: inListedOrder<Action>(draft.actions),
    teamCopy: draft.teamCopy ?? null,
  };
  return sortCollections(workshop);
}
