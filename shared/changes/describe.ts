/**
 * Records as people call them, for sentences about changes: "the card
 * “Order by phone”", "Team North's rating of “Order by phone” on Empathy",
 * "Ana's dots on “Faster refunds”". Names come from the workshop as it is,
 * falling back to the record itself when what it points at is gone.
 */
import type { Workshop } from '../model';
import type { CollectionName, FieldName, RecordOf } from './collections';

function nameOf(items: readonly { readonly id: string; readonly name: string }[], id: string, fallback: string): string {
  return items.find((item) => item.id === id)?.name ?? fallback;
}

function titleOf(items: readonly { readonly id: string; readonly title: string }[], id: string): string {
  const title = items.find((item) => item.id === id)?.title;
  return title === undefined ? 'a card since removed' : `“${title}”`;
}

type Describers = { readonly [C in CollectionName]: (w: Workshop, record: RecordOf<C>) => string };

const DESCRIBE: Describers = {
  stages: (_w, stage) => `the stage “${stage.name}”`,
  channels: (_w, channel) => `the channel “${channel.name}”`,
  teams: (_w, team) => `the team “${team.name}”`,
  touchpoints: (_w, card) => `the card “${card.title}”`,
  pillars: (_w, pillar) => `the pillar “${pillar.name}”`,
  ratings: (w, rating) =>
    `${nameOf(w.teams, rating.teamId, 'a team')}'s rating of ${titleOf(w.touchpoints, rating.touchpointId)} on ${nameOf(w.framework.pillars, rating.pillarId, 'a pillar')}`,
  fixes: (_w, fix) => `the fix “${fix.title}”`,
  participants: (_w, person) => `${person.name} on the list of people`,
  votes: (w, vote) => `${nameOf(w.participants, vote.participantId, 'someone')}'s dots on ${fixTitle(w, vote.fixId)}`,
  tallies: (w, tally) => `the dots counted for ${fixTitle(w, tally.fixId)}`,
  actions: (_w, action) => `the action “${action.title}”`,
};

function fixTitle(w: Workshop, fixId: string): string {
  const title = w.fixes.find((fix) => fix.id === fixId)?.title;
  return title === undefined ? 'a fix since removed' : `“${title}”`;
}

/** A record of a collection, as a person would name it. */
export function describeRecord<C extends CollectionName>(w: Workshop, collection: C, record: RecordOf<C>): string {
  const describe: (w: Workshop, record: RecordOf<C>) => string = DESCRIBE[collection];
  return describe(w, record);
}

const FIELD_WORDS: { readonly [F in FieldName]: string } = {
  title: "the workshop's title",
  organisation: "the workshop's organisation",
  facilitator: "the facilitator's name",
  persona: 'the customer description',
  scope: 'the scope',
  locale: 'how dates are written',
  phase: 'the step the room is on',
  agenda: 'the agenda',
  locks: 'which work is locked',
  timer: 'the timer',
  chimeMuted: "whether the timer's sound plays",
  projectorView: 'what the projector shows',
  ratingsRevealed: 'whether every team sees all ratings',
  framework: 'the framework',
  voting: "the vote's rules and rounds",
  updatedAt: 'the time of the last change',
};

export function describeField(field: FieldName): string {
  return FIELD_WORDS[field];
}
