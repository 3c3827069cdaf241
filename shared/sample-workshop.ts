/**
 * A filled-in workshop a newcomer opens in one click to see every phase at
 * work: a broadband provider mapping the journey from sign-up to the first
 * bill, with three teams' cards, ratings, fixes, dots and a first action plan.
 * Everything is built from `now` and `newId`, so it is the same every time.
 *
 * It opens on the first phase of its agenda (Frame), not where its work
 * ended: a newcomer meets the journey's persona, scope and stages first and
 * walks the tabs in the order a room would. The library keeps one sample:
 * its id starts with SAMPLE_ID_PREFIX, so "Open the sample workshop" finds
 * it again rather than adding another copy.
 */
import { frameworkPreset } from './frameworks';
import { DEFAULT_VOTING, freshFacilitation } from './new-workshop';
import {
  DEFAULT_AGENDA,
  TEAM_COLORS,
  WORKSHOP_FORMAT_VERSION,
  type Action,
  type Fix,
  type Id,
  type Rating,
  type Touchpoint,
  type Vote,
  type Workshop,
} from './model';
import { finishDraft, type Unordered } from './workshop-draft';

/** The title the library gives the sample it opens. */
export const SAMPLE_TITLE = 'Sample workshop';

/**
 * Marks the library's own sample. A copy made with Duplicate, or a workshop
 * created from the sample template under a title of one's own, gets an
 * ordinary id and is the person's workshop, not the sample.
 */
export const SAMPLE_ID_PREFIX = 'sample-';

export function isSampleId(id: string): boolean {
  return id.startsWith(SAMPLE_ID_PREFIX);
}

export interface SampleWorkshopInput {
  readonly now: string;
  readonly newId: () => string;
  /** The workshop's own id; from newId() when absent. */
  readonly id?: string;
  /** Overrides the sample's title (e.g. the title typed when creating it). */
  readonly title?: string;
}

const STAGES = ['Discover', 'Choose a plan', 'Sign up', 'Installation', 'First weeks', 'Get help', 'First bill'] as const;
const CHANNELS = ['Web', 'App', 'Phone', 'Live chat', 'Home visit'] as const;
const TEAMS = ['Sales & Onboarding', 'Network & Field', 'Care & Billing'] as const;
type StageName = (typeof STAGES)[number];
type ChannelName = (typeof CHANNELS)[number];

interface CardSeed {
  team: 0 | 1 | 2;
  stage: StageName;
  channel: ChannelName;
  title: string;
  description: string;
  momentOfTruth?: boolean;
  feeling: -2 | -1 | 0 | 1 | 2;
  /** Nothing can go wrong here that needs putting right, so Resolution is N/A. */
  noRecovery?: boolean;
}

const CARDS: readonly CardSeed[] = [
  { team: 0, stage: 'Discover', channel: 'Web', title: 'Postcode availability check', description: 'Customer types their postcode to see which speeds reach their street.', momentOfTruth: true, feeling: 1, noRecovery: true },
  { team: 0, stage: 'Discover', channel: 'App', title: 'Speed comparison banner', description: 'Promotional banner comparing our top speed with rivals.', feeling: 0, noRecovery: true },
  { team: 0, stage: 'Choose a plan', channel: 'Web', title: 'Plan comparison table', description: 'Three plans side by side; contract length and price rises in small print.', feeling: -1, noRecovery: true },
  { team: 0, stage: 'Choose a plan', channel: 'Live chat', title: 'Sales chat: which plan?', description: 'Chat adviser recommends a plan based on household size.', feeling: 1 },
  { team: 0, stage: 'Sign up', channel: 'Web', title: 'Online order form', description: 'Nine steps including a credit check and a direct debit mandate.', momentOfTruth: true, feeling: -1 },
  { team: 0, stage: 'Sign up', channel: 'Phone', title: 'Order by phone', description: 'Caller waits for a sales agent, then repeats details already typed online.', feeling: -1 },
  { team: 1, stage: 'Installation', channel: 'Web', title: 'Choosing an engineer slot', description: 'Calendar offers all-day slots only, two weeks out.', feeling: -2, momentOfTruth: true },
  { team: 1, stage: 'Installation', channel: 'Home visit', title: 'Engineer visit', description: 'Engineer fits the line and router; sometimes needs a second visit.', momentOfTruth: true, feeling: 1 },
  { team: 1, stage: 'Installation', channel: 'App', title: 'Router arrives by post', description: 'Router box with a quick-start leaflet; tracking link by text.', feeling: 1, noRecovery: true },
  { team: 1, stage: 'First weeks', channel: 'App', title: 'Speed test in the app', description: 'Customer checks whether they get the speed they were sold.', feeling: 0 },
  { team: 1, stage: 'First weeks', channel: 'Home visit', title: 'Wi-Fi drops upstairs', description: 'Signal does not reach the back bedroom; booster sold separately.', feeling: -2 },
  { team: 2, stage: 'Get help', channel: 'Phone', title: 'Fault line phone menu', description: 'Five menu levels before reaching a person; callers often choose wrongly.', momentOfTruth: true, feeling: -2 },
  { team: 2, stage: 'Get help', channel: 'Live chat', title: 'Live chat with a care adviser', description: 'Adviser can see the line status and book an engineer in the chat.', feeling: 1 },
  { team: 2, stage: 'Get help', channel: 'App', title: 'Outage status page', description: 'Shows known faults by area; not always up to date.', feeling: -1 },
  { team: 2, stage: 'First bill', channel: 'Web', title: 'First bill arrives', description: 'Part-month charges and set-up fee make it higher than expected.', momentOfTruth: true, feeling: -2 },
  { team: 2, stage: 'First bill', channel: 'Phone', title: 'Billing query call', description: 'Agent explains the pro-rata charge and can offer a goodwill credit.', feeling: 0 },
  { team: 2, stage: 'First bill', channel: 'App', title: 'Bill explained in the app', description: 'Line-by-line breakdown with plain-language notes.', feeling: 1 },
  { team: 1, stage: 'Sign up', channel: 'Web', title: 'Line check result', description: 'After ordering, some customers learn their line needs extra work.', feeling: -1 },
];

/** How each pillar tends to fare across this journey, so the diagnosis tells a story. */
const PILLAR_BIAS: Record<string, number> = {
  integrity: 0.3,
  resolution: -0.2,
  expectations: -0.3,
  empathy: 0.1,
  personalisation: -0.7,
  'time-effort': -0.4,
};
/** Sales rates its own work kindly; Care hears the complaints and rates harder. */
const TEAM_BIAS = [0.4, 0, -0.4] as const;

interface FixSeed {
  team: 0 | 1 | 2;
  title: string;
  description: string;
  cards: readonly number[];
  pillars: readonly string[];
  impact: number;
  effort: number;
}

const FIXES: readonly FixSeed[] = [
  { team: 1, title: 'Two-hour engineer slots', description: 'Offer morning, midday and evening two-hour windows, with a text when the engineer is 30 minutes away.', cards: [6, 7], pillars: ['time-effort', 'expectations'], impact: 5, effort: 3 },
  { team: 2, title: 'Skip the menu for known faults', description: 'Recognise the caller’s number; if their area has an outage, say so at once and offer a call-back.', cards: [11, 13], pillars: ['time-effort', 'personalisation', 'empathy'], impact: 5, effort: 4 },
  { team: 2, title: 'Explain the first bill before it arrives', description: 'Send a short message a week before the first bill showing the part-month charge.', cards: [14, 16], pillars: ['expectations', 'integrity'], impact: 4, effort: 1 },
  { team: 0, title: 'Show the full price on the comparison table', description: 'Put contract length and yearly price rises next to the monthly price, not in the footnotes.', cards: [2], pillars: ['integrity', 'expectations'], impact: 4, effort: 1 },
  { team: 0, title: 'Carry the online basket into the phone call', description: 'Give web visitors a reference so phone agents pick up where they left off.', cards: [4, 5], pillars: ['personalisation', 'time-effort'], impact: 3, effort: 3 },
  { team: 1, title: 'Free Wi-Fi check on the install visit', description: 'Engineer walks the home with the customer and fits a booster when a room has no signal.', cards: [7, 10], pillars: ['resolution', 'empathy'], impact: 4, effort: 4 },
  { team: 1, title: 'Tell customers about line work before they pay', description: 'Run the line check before the order is confirmed and explain any extra work in plain words.', cards: [17, 4], pillars: ['integrity', 'expectations'], impact: 3, effort: 2 },
  { team: 2, title: 'Goodwill credit without a second call', description: 'Let chat advisers apply a small credit on the spot when a fault lasted over a day.', cards: [12, 15], pillars: ['resolution'], impact: 3, effort: 2 },
];

const PEOPLE: readonly { name: string; team: 0 | 1 | 2 }[] = [
  { name: 'Zoë Martin', team: 0 },
  { name: 'Łukasz Nowak', team: 0 },
  { name: 'Aoife Byrne', team: 0 },
  { name: 'Παναγιώτα Κωνσταντίνου', team: 1 },
  { name: 'Kwame Mensah', team: 1 },
  { name: 'Sébastien Roux', team: 1 },
  { name: 'Дмитрий Соколов', team: 2 },
  { name: 'Priya Natarajan', team: 2 },
  { name: 'Jürgen Weiß', team: 2 },
];

/** [person, fix, dots] — each person within 5 dots, at most 3 on one fix. */
const VOTES: readonly (readonly [number, number, number])[] = [
  [0, 0, 2], [0, 2, 2], [0, 3, 1],
  [1, 1, 3], [1, 0, 2],
  [2, 3, 2], [2, 2, 1], [2, 4, 2],
  [3, 0, 3], [3, 5, 2],
  [4, 1, 2], [4, 0, 1], [4, 6, 1],
  [5, 5, 2], [5, 1, 2],
  [6, 1, 3], [6, 2, 2],
  [7, 2, 2], [7, 7, 2], [7, 0, 1],
  [8, 1, 1], [8, 3, 2],
];

interface ActionSeed {
  fix: number;
  owner: string;
  days: number;
  successMeasure: string;
  pillar: string;
  card: number;
  status: Action['status'];
}

const ACTIONS: readonly ActionSeed[] = [
  { fix: 1, owner: 'Head of Customer Care', days: 60, successMeasure: 'Fault calls reach a person or a clear outage message within 60 seconds.', pillar: 'time-effort', card: 11, status: 'planned' },
  { fix: 0, owner: 'Field Operations Lead', days: 90, successMeasure: '90 % of installs booked in a two-hour slot; missed-visit complaints halved.', pillar: 'time-effort', card: 6, status: 'planned' },
  { fix: 2, owner: 'Billing Product Owner', days: 30, successMeasure: 'First-bill queries down by a third within two billing cycles.', pillar: 'expectations', card: 14, status: 'in-progress' },
  { fix: 3, owner: 'Digital Sales Manager', days: 21, successMeasure: 'Full yearly price shown beside every plan; "price rise" complaints tracked monthly.', pillar: 'integrity', card: 2, status: 'planned' },
];

function addDays(now: string, days: number): string {
  const date = new Date(now);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Sample data refers to a missing item ${index}.`);
  return item;
}

/** A 1–5 score from the card's feeling, the pillar and the team, with a little wobble. */
function sampleScore(card: CardSeed, cardIndex: number, pillarId: string, pillarIndex: number, team: number): number | null {
  if (pillarId === 'resolution' && card.noRecovery) return null;
  const wobble = (((cardIndex * 7 + pillarIndex * 3 + team * 5) % 5) - 2) * 0.25;
  const raw = 3 + card.feeling * 0.6 + (PILLAR_BIAS[pillarId] ?? 0) + (TEAM_BIAS[team] ?? 0) + wobble;
  return Math.min(5, Math.max(1, Math.round(raw)));
}

export function createSampleWorkshop(input: SampleWorkshopInput): Workshop {
  const { newId, now } = input;
  const id = input.id ?? newId();
  const stages = STAGES.map((name) => ({ id: newId(), name }));
  const channels = CHANNELS.map((name) => ({ id: newId(), name }));
  const teams = TEAMS.map((name, i) => ({ id: newId(), name, color: at(TEAM_COLORS, i) }));
  const framework = frameworkPreset('six-pillars');

  const idOf = (list: readonly { id: Id; name: string }[], name: string): Id =>
    list.find((item) => item.name === name)?.id ?? '';

  const touchpoints: Unordered<Touchpoint>[] = CARDS.map((card) => ({
    id: newId(),
    teamId: at(teams, card.team).id,
    stageId: idOf(stages, card.stage),
    channelId: idOf(channels, card.channel),
    title: card.title,
    description: card.description,
    notes: '',
    momentOfTruth: card.momentOfTruth ?? false,
    feeling: card.feeling,
  }));

  const ratings: Rating[] = [];
  CARDS.forEach((card, cardIndex) => {
    teams.forEach((team, teamIndex) => {
      // Not every team got round to every card, as in a real room.
      if ((cardIndex + teamIndex * 2) % 9 === 4) return;
      framework.pillars.forEach((pillar, pillarIndex) => {
        ratings.push({
          teamId: team.id,
          touchpointId: at(touchpoints, cardIndex).id,
          pillarId: pillar.id,
          score: sampleScore(card, cardIndex, pillar.id, pillarIndex, teamIndex),
          note: '',
        });
      });
    });
  });

  const fixes: Unordered<Fix>[] = FIXES.map((fix) => ({
    id: newId(),
    teamId: at(teams, fix.team).id,
    title: fix.title,
    description: fix.description,
    touchpointIds: fix.cards.map((i) => at(touchpoints, i).id),
    pillarIds: [...fix.pillars],
    impact: fix.impact,
    effort: fix.effort,
  }));

  const participants = PEOPLE.map((person) => ({
    id: newId(),
    name: person.name,
    teamId: at(teams, person.team).id,
  }));

  const votes: Vote[] = VOTES.map(([person, fix, dots]) => ({
    participantId: at(participants, person).id,
    fixId: at(fixes, fix).id,
    dots,
    round: 0,
  }));

  const actions: Unordered<Action>[] = ACTIONS.map((action) => {
    const fix = at(fixes, action.fix);
    return {
      id: newId(),
      fixId: fix.id,
      title: fix.title,
      owner: action.owner,
      dueDate: addDays(now, action.days),
      successMeasure: action.successMeasure,
      pillarId: action.pillar,
      touchpointId: at(touchpoints, action.card).id,
      status: action.status,
    };
  });

  return finishDraft({
    formatVersion: WORKSHOP_FORMAT_VERSION,
    id,
    title: input.title?.trim() || 'Home broadband: from sign-up to first bill',
    organisation: 'Brightline Broadband',
    facilitator: 'Amira Okafor',
    persona:
      'Households switching provider or moving home, who need the internet working from day one. Most order online and phone when something goes wrong.',
    scope:
      'From first looking at broadband deals to paying the first bill. In scope: web, app, phone, chat and the engineer visit. Out of scope: business customers and TV bundles.',
    createdAt: now,
    updatedAt: now,
    // Where a newcomer starts: the first step of the agenda, as a room would.
    phase: DEFAULT_AGENDA[0]?.phase ?? 'frame',
    ...freshFacilitation(),
    stages,
    channels,
    teams,
    touchpoints,
    framework,
    ratings,
    fixes,
    participants,
    voting: DEFAULT_VOTING,
    ratingsRevealed: false,
    votes,
    tallies: [],
    actions,
  });
}
