/**
 * The workshop model: one zod schema per entity, and the types inferred from
 * them. The schemas are the single source of truth — the same definitions
 * check a workshop file on load, a command's payload on arrival, and the
 * state a browser receives.
 *
 * Entities refer to each other by id. Ordering that matters to people (stages
 * left to right, channels top to bottom, cards inside a cell, actions by
 * priority) is kept in each record's fractional `order` key, so moving one
 * thing changes that one record (see shared/order.ts). Arrays are always held
 * sorted: by order key (ties by id), and ratings, votes and tallies by what
 * identifies them (shared/changes/collections.ts).
 */
import { z } from 'zod';
import { DEFAULT_LOCALE } from './present/dates';

/** Longest name a person may type for anything short (titles, names). */
export const NAME_MAX = 120;
/** Longest free text (descriptions, notes, scope). */
export const TEXT_MAX = 2000;

export const idSchema = z.string().min(1).max(64);
export type Id = z.infer<typeof idSchema>;

/**
 * A fractional order key ("a0", "a0V", …): records sort by it, and a new key
 * can always be made between two others, so a move rewrites one record.
 */
export const orderKeySchema = z
  .string()
  .min(2)
  .max(200)
  .regex(/^[0-9A-Za-z]+$/, 'An order key holds letters and digits only.');
export type OrderKey = z.infer<typeof orderKeySchema>;

/** A short, visible name: trimmed, not empty, not overlong. */
export const nameSchema = z
  .string()
  .trim()
  .min(1, 'A name cannot be empty.')
  .max(NAME_MAX, `Keep names to ${NAME_MAX} characters or fewer.`);

export const textSchema = z
  .string()
  .max(TEXT_MAX, `Keep this text to ${TEXT_MAX} characters or fewer.`);

/** 'diagnose' (the Insights screen) was added after format 1 shipped; old files simply never name it. */
export const PHASES = ['frame', 'map', 'rate', 'diagnose', 'fix', 'vote', 'plan', 'export'] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

/** The usual agenda, about a day's workshop: every phase, with time to match its work. */
export const DEFAULT_AGENDA: readonly { readonly phase: Phase; readonly minutes: number }[] = [
  { phase: 'frame', minutes: 20 },
  { phase: 'map', minutes: 45 },
  { phase: 'rate', minutes: 30 },
  { phase: 'diagnose', minutes: 20 },
  { phase: 'fix', minutes: 40 },
  { phase: 'vote', minutes: 15 },
  { phase: 'plan', minutes: 30 },
  { phase: 'export', minutes: 5 },
];

/**
 * The agenda: the phases the room works through, in order, each with the
 * minutes the facilitator plans for it. A phase may be left out (a short
 * session may skip Insights); each appears at most once.
 */
export const AGENDA_MINUTES_MAX = 480;
export const agendaItemSchema = z.object({
  phase: phaseSchema,
  minutes: z
    .number()
    .int('Plan whole minutes.')
    .min(1, 'Give each phase at least one minute.')
    .max(AGENDA_MINUTES_MAX, `Plan at most ${AGENDA_MINUTES_MAX} minutes for one phase.`),
});
export type AgendaItem = Readonly<z.infer<typeof agendaItemSchema>>;
export const agendaSchema = z
  .array(agendaItemSchema)
  .min(1, 'The agenda needs at least one phase.')
  .max(PHASES.length)
  .refine((items) => new Set(items.map((i) => i.phase)).size === items.length, 'Each phase can appear only once in the agenda.');

/** The phases whose work the facilitator can lock: the ones where teams change things. */
export const LOCKABLE_PHASES = ['map', 'rate', 'fix', 'vote', 'plan'] as const;
export const lockablePhaseSchema = z.enum(LOCKABLE_PHASES);
export type LockablePhase = z.infer<typeof lockablePhaseSchema>;

/**
 * The countdown for the current activity, kept by the host's clock. Running:
 * `endsAt` is when it reaches zero. Paused: `endsAt` is null and `leftMs` is
 * what is left. Pages work out the time left from the host's clock, so a
 * reload or a rejoin shows the right time.
 */
/**
 * What the projector shows. 'activity': the room's phase, what to do, the
 * timer and progress that reveals no content. 'join': the join code. The
 * others are reveal moments at wall scale, shown only once revealed:
 * 'heatmap' and 'weakest' (the weakest pillar per stage) after the ratings'
 * reveal, 'votes' after the vote's, and 'plan', the plan read-only.
 */
export const PROJECTOR_VIEWS = ['activity', 'join', 'heatmap', 'weakest', 'votes', 'plan'] as const;
export const projectorViewSchema = z.enum(PROJECTOR_VIEWS);
export type ProjectorView = z.infer<typeof projectorViewSchema>;

export const TIMER_MAX_MS = 8 * 60 * 60 * 1000;
export const timerSchema = z.object({
  /** The phase it times, so a page can say "Rate: 12:00 left". */
  phase: phaseSchema,
  /** The whole length, minutes added included; for a progress ring. */
  totalMs: z.number().int().min(1).max(TIMER_MAX_MS),
  endsAt: z.iso.datetime().nullable(),
  leftMs: z.number().int().min(0).max(TIMER_MAX_MS),
});
export type Timer = Readonly<z.infer<typeof timerSchema>>;

export const stageSchema = z.object({ id: idSchema, order: orderKeySchema, name: nameSchema });
export type Stage = Readonly<z.infer<typeof stageSchema>>;

export const channelSchema = z.object({ id: idSchema, order: orderKeySchema, name: nameSchema });
export type Channel = Readonly<z.infer<typeof channelSchema>>;

export const teamSchema = z.object({
  id: idSchema,
  order: orderKeySchema,
  name: nameSchema,
  /** A colour from the app's palette, as a CSS hex value, so cards show whose they are. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type Team = Readonly<z.infer<typeof teamSchema>>;

/** The customer's feeling at a touchpoint, from −2 (very unhappy) to +2 (delighted). */
export const feelingSchema = z.number().int().min(-2).max(2);

export const touchpointSchema = z.object({
  id: idSchema,
  /** Place among the same team's cards in the same cell. */
  order: orderKeySchema,
  teamId: idSchema,
  stageId: idSchema,
  channelId: idSchema,
  title: nameSchema,
  description: textSchema,
  /** A moment that decides whether the customer stays or leaves. */
  momentOfTruth: z.boolean(),
  feeling: feelingSchema,
  /** Notes and evidence: what customers said, data, complaints. Older files have none. */
  notes: textSchema.default(''),
});
export type Touchpoint = Readonly<z.infer<typeof touchpointSchema>>;

export const pillarSchema = z.object({
  id: idSchema,
  order: orderKeySchema,
  name: nameSchema,
  /** One line: what this pillar means for the customer. */
  summary: textSchema,
  /** Questions a rater asks themself at a touchpoint. */
  prompts: z.array(textSchema).max(10),
  /** Share of the overall index, in percent. The weights of a framework sum to 100. */
  weight: z.number().min(0).max(100),
});
export type Pillar = Readonly<z.infer<typeof pillarSchema>>;

export const frameworkSchema = z.object({
  id: idSchema,
  name: nameSchema,
  pillars: z.array(pillarSchema).min(1).max(12),
});
export type Framework = Readonly<Omit<z.infer<typeof frameworkSchema>, 'pillars'>> & {
  readonly pillars: readonly Pillar[];
};

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** A rating: 1–5, or null for "not applicable". */
export const scoreSchema = z
  .number()
  .int('Ratings are whole numbers.')
  .min(SCORE_MIN, `Ratings run from ${SCORE_MIN} to ${SCORE_MAX}.`)
  .max(SCORE_MAX, `Ratings run from ${SCORE_MIN} to ${SCORE_MAX}.`)
  .nullable();

export const ratingSchema = z.object({
  teamId: idSchema,
  touchpointId: idSchema,
  pillarId: idSchema,
  score: scoreSchema,
  note: textSchema,
});
export type Rating = Readonly<z.infer<typeof ratingSchema>>;

export const levelSchema = z.number().int().min(1).max(5);

export const fixSchema = z.object({
  id: idSchema,
  order: orderKeySchema,
  teamId: idSchema,
  title: nameSchema,
  description: textSchema,
  touchpointIds: z.array(idSchema).max(50),
  pillarIds: z.array(idSchema).max(12),
  /** Rough size of the benefit, 1 (small) to 5 (large). */
  impact: levelSchema,
  /** Rough cost to deliver, 1 (little) to 5 (a lot). */
  effort: levelSchema,
});
export type Fix = Readonly<Omit<z.infer<typeof fixSchema>, 'touchpointIds' | 'pillarIds'>> & {
  readonly touchpointIds: readonly Id[];
  readonly pillarIds: readonly Id[];
};

export const participantSchema = z.object({
  id: idSchema,
  order: orderKeySchema,
  name: nameSchema,
  teamId: idSchema,
});
export type Participant = Readonly<z.infer<typeof participantSchema>>;

/**
 * Voting happens in rounds: round 0 is the first vote over every fix; each
 * runoff after it is a new round among a few fixes. A vote or a tally belongs
 * to one round and counts only there, so a runoff never counts a dot twice.
 */
export const roundSchema = z.number().int().min(0).max(10);

/** The dots one participant has put on one fix in one round. */
export const voteSchema = z.object({
  participantId: idSchema,
  fixId: idSchema,
  dots: z.number().int().min(1),
  /** Files written before runoffs existed hold only first-round votes. */
  round: roundSchema.default(0),
});
export type Vote = Readonly<z.infer<typeof voteSchema>>;

/**
 * Dots counted from the wall by the facilitator (tally mode): how many dots a
 * fix got in a round, from people the app does not know by name.
 */
export const tallySchema = z.object({
  fixId: idSchema,
  dots: z.number().int().min(1).max(25000),
  round: roundSchema.default(0),
});
export type Tally = Readonly<z.infer<typeof tallySchema>>;

/** A runoff: a further round among a few fixes, with its own (usually smaller) dot rules. */
export const runoffSchema = z.object({
  fixIds: z.array(idSchema).min(1).max(50),
  budget: z.number().int().min(1).max(50),
  maxPerFix: z.number().int().min(1).max(50),
});
export type Runoff = Readonly<Omit<z.infer<typeof runoffSchema>, 'fixIds'>> & {
  readonly fixIds: readonly Id[];
};

/**
 * How dots reach the app. 'ballot': each participant spends their own dots
 * (one laptop passed round, or later each person's own device). 'tally': the
 * facilitator types in the dots counted from the wall.
 */
export const VOTING_MODES = ['ballot', 'tally'] as const;
export const votingModeSchema = z.enum(VOTING_MODES);
export type VotingMode = z.infer<typeof votingModeSchema>;

export const votingSettingsSchema = z.object({
  /** Dots each participant may spend. */
  budget: z.number().int().min(1).max(50),
  /** Most dots one participant may put on one fix. */
  maxPerFix: z.number().int().min(1).max(50),
  /** Whether a participant may put dots on fixes their own team proposed. */
  ownTeamVoting: z.boolean().default(true),
  /** Results hidden until the facilitator reveals them (on by default); off shows them live. */
  secret: z.boolean().default(true),
  mode: votingModeSchema.default('ballot'),
  /**
   * Tally mode: how many people put dots on the wall. Bounds the tally (no fix
   * above voters × most per fix, no round above voters × budget). 0 = the
   * number of participants.
   */
  tallyVoters: z.number().int().min(0).max(500).default(0),
  /** Whether the facilitator has revealed the results of the round open now. */
  revealed: z.boolean(),
  /** Runoff rounds after the first vote, oldest first; the last one is the round open now. */
  runoffs: z.array(runoffSchema).max(10).default([]),
});
export type VotingSettings = Readonly<Omit<z.infer<typeof votingSettingsSchema>, 'runoffs'>> & {
  readonly runoffs: readonly Runoff[];
};

export const ACTION_STATUSES = ['planned', 'in-progress', 'done'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES);

/** A calendar date, YYYY-MM-DD, or empty when not yet agreed. */
export const dueDateSchema = z.union([
  z.literal(''),
  z.iso.date('Use a date like 2026-12-31.'),
]);

export const actionSchema = z.object({
  id: idSchema,
  /** Priority: the order the plan and the PDF list actions in. */
  order: orderKeySchema,
  /** The fix this action carries out. */
  fixId: idSchema.nullable(),
  title: nameSchema,
  owner: z.string().trim().max(NAME_MAX),
  dueDate: dueDateSchema,
  successMeasure: textSchema,
  pillarId: idSchema.nullable(),
  touchpointId: idSchema.nullable(),
  status: actionStatusSchema,
});
export type Action = Readonly<z.infer<typeof actionSchema>>;

/**
 * A team's own work and the frame it works in: the stages, channels and
 * pillars, and the team's cards, ratings, fixes, people and its people's
 * dots. A team copy keeps this as it was handed out (its base); a team file
 * is what changed since, record by record (shared/team-files/).
 */
export const teamWorkSchema = z.object({
  stages: z.array(stageSchema).max(30),
  channels: z.array(channelSchema).max(30),
  pillars: z.array(pillarSchema).max(12),
  touchpoints: z.array(touchpointSchema).max(5000),
  ratings: z.array(ratingSchema).max(100000),
  fixes: z.array(fixSchema).max(2000),
  participants: z.array(participantSchema).max(500),
  votes: z.array(voteSchema).max(50000),
});
export interface TeamWork {
  readonly stages: readonly Stage[];
  readonly channels: readonly Channel[];
  readonly pillars: readonly Pillar[];
  readonly touchpoints: readonly Touchpoint[];
  readonly ratings: readonly Rating[];
  readonly fixes: readonly Fix[];
  readonly participants: readonly Participant[];
  readonly votes: readonly Vote[];
}

/**
 * Set on a workshop opened from a team pack, on a team's own laptop: whose
 * workshop it came from, which team works in it, whether it may vote, and
 * the team's work as handed out, which its team file is measured against.
 */
export const teamCopySchema = z.object({
  masterId: idSchema,
  masterTitle: nameSchema,
  teamId: idSchema,
  packId: idSchema,
  packedAt: z.iso.datetime(),
  /** Whether the facilitator let this team vote in its copy. */
  voting: z.boolean(),
  base: teamWorkSchema,
});
export type TeamCopy = Readonly<Omit<z.infer<typeof teamCopySchema>, 'base'>> & { readonly base: TeamWork };

/**
 * 1: the first format (order was the order of the arrays).
 * 2: every ordered record carries a fractional `order` key.
 */
export const WORKSHOP_FORMAT_VERSION = 2;

/** A well-formed BCP 47 language tag ("en-GB", "pt-BR"), kept in its canonical spelling. */
export const localeSchema = z
  .string()
  .min(2)
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A locale is written like “en-GB”.')
  .refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag)[0] === tag;
    } catch {
      return false;
    }
  }, 'A locale is written like “en-GB”.');

export const workshopSchema = z.object({
  /** Bumped whenever the file layout changes; older files are migrated on load. */
  formatVersion: z.literal(WORKSHOP_FORMAT_VERSION),
  id: idSchema,
  title: nameSchema,
  organisation: z.string().trim().max(NAME_MAX),
  facilitator: z.string().trim().max(NAME_MAX),
  /** Who the customer is: persona or segment. */
  persona: textSchema,
  /** What journey, and what is in or out of scope. */
  scope: textSchema,
  /**
   * How the workshop writes dates (shared/present/dates.ts): the creating
   * device's locale. Files saved before it existed write them the en-GB way.
   */
  locale: localeSchema.default(DEFAULT_LOCALE),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The phase the room is in: the facilitator moves it on, and team pages follow. */
  phase: phaseSchema,
  /** Files written before the agenda existed get the usual one (shared/new-workshop.ts). */
  agenda: agendaSchema.default(() => DEFAULT_AGENDA.map((item) => ({ ...item }))),
  /** Phases whose work only the facilitator may change just now. */
  locks: z.array(lockablePhaseSchema).max(LOCKABLE_PHASES.length).default([]),
  timer: timerSchema.nullable().default(null),
  /** Whether the timer's end sound is off in every page. */
  chimeMuted: z.boolean().default(false),
  projectorView: projectorViewSchema.default('activity'),
  stages: z.array(stageSchema).max(30),
  channels: z.array(channelSchema).max(30),
  teams: z.array(teamSchema).max(20),
  touchpoints: z.array(touchpointSchema).max(5000),
  framework: frameworkSchema,
  ratings: z.array(ratingSchema).max(100000),
  fixes: z.array(fixSchema).max(2000),
  participants: z.array(participantSchema).max(500),
  voting: votingSettingsSchema,
  /**
   * Silent rating: until the facilitator reveals them, each team sees only its
   * own ratings, so nobody anchors on the loudest team. Files written before
   * this setting existed load with it off.
   */
  ratingsRevealed: z.boolean().default(false),
  votes: z.array(voteSchema).max(50000),
  /** Tally mode's counts; files written before tally mode existed have none. */
  tallies: z.array(tallySchema).max(20000).default([]),
  actions: z.array(actionSchema).max(500),
  /** Only on a team's copy, opened from a team pack; a workshop of the room has none. */
  teamCopy: teamCopySchema.nullable().default(null),
});

/** A whole workshop. Domain code never mutates it; commands make a new one. */
export type Workshop = Readonly<
  Omit<
    z.infer<typeof workshopSchema>,
    | 'stages'
    | 'channels'
    | 'teams'
    | 'touchpoints'
    | 'framework'
    | 'ratings'
    | 'fixes'
    | 'participants'
    | 'voting'
    | 'votes'
    | 'tallies'
    | 'actions'
    | 'agenda'
    | 'locks'
    | 'teamCopy'
  >
> & {
  readonly agenda: readonly AgendaItem[];
  readonly locks: readonly LockablePhase[];
  readonly stages: readonly Stage[];
  readonly channels: readonly Channel[];
  readonly teams: readonly Team[];
  readonly touchpoints: readonly Touchpoint[];
  readonly framework: Framework;
  readonly ratings: readonly Rating[];
  readonly fixes: readonly Fix[];
  readonly participants: readonly Participant[];
  readonly voting: VotingSettings;
  readonly votes: readonly Vote[];
  readonly tallies: readonly Tally[];
  readonly actions: readonly Action[];
  readonly teamCopy: TeamCopy | null;
};

/** The colours teams get, in order; chosen to stay apart for colour-blind readers. */
export const TEAM_COLORS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#7a5195',
  '#4d4d4d',
] as const;
