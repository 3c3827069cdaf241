/**
 * A fresh workshop with sensible defaults, so the facilitator starts from a
 * usable journey rather than an empty grid: the usual stages of buying and
 * owning something, the common channels, one team and the six pillars.
 */
import { frameworkPreset } from './frameworks';
import { DEFAULT_AGENDA, TEAM_COLORS, WORKSHOP_FORMAT_VERSION, type AgendaItem, type Workshop } from './model';
import { finishDraft } from './workshop-draft';

export const DEFAULT_STAGES = [
  'Discover',
  'Choose',
  'Buy',
  'Receive',
  'Use',
  'Get help',
  'Renew or leave',
] as const;

export const DEFAULT_CHANNELS = ['Web', 'App', 'Phone', 'Live chat', 'E-mail', 'Store'] as const;

export const DEFAULT_VOTING = {
  budget: 5,
  maxPerFix: 3,
  ownTeamVoting: true,
  secret: true,
  mode: 'ballot',
  tallyVoters: 0,
  revealed: false,
  runoffs: [],
} as const;

/** A fresh room: the usual agenda (or the one given), nothing locked, no timer, the end sound on, the projector on the activity. */
export function freshFacilitation(agenda: readonly AgendaItem[] = DEFAULT_AGENDA) {
  return { agenda: agenda.map((item) => ({ ...item })), locks: [], timer: null, chimeMuted: false, projectorView: 'activity' } as const;
}

export interface NewWorkshopInput {
  readonly title: string;
  /** ISO 8601 time; the workshop's createdAt and updatedAt. */
  readonly now: string;
  /** Makes every id in the new workshop. */
  readonly newId: () => string;
  /** The workshop's own id; from newId() when absent. */
  readonly id?: string;
  /** How it writes dates: the creating device's locale; the default one when absent. */
  readonly locale?: string;
}

export function createBlankWorkshop(input: NewWorkshopInput): Workshop {
  const { newId, now } = input;
  return finishDraft({
    formatVersion: WORKSHOP_FORMAT_VERSION,
    id: input.id ?? newId(),
    title: input.title.trim(),
    ...(input.locale === undefined ? {} : { locale: input.locale }),
    organisation: '',
    facilitator: '',
    persona: '',
    scope: '',
    createdAt: now,
    updatedAt: now,
    phase: 'frame',
    ...freshFacilitation(),
    stages: DEFAULT_STAGES.map((name) => ({ id: newId(), name })),
    channels: DEFAULT_CHANNELS.map((name) => ({ id: newId(), name })),
    teams: [{ id: newId(), name: 'Team 1', color: TEAM_COLORS[0] }],
    touchpoints: [],
    framework: frameworkPreset('six-pillars'),
    ratings: [],
    fixes: [],
    participants: [],
    voting: { ...DEFAULT_VOTING },
    ratingsRevealed: false,
    votes: [],
    tallies: [],
    actions: [],
  });
}

/** Ids for tests, fixtures and templates: "w1", "w2", … — deterministic, never random. */
export function sequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `${prefix}${next}`;
  };
}
