// What a team's page may ask for: its own cards, ratings, fixes, people and
// dots; everything that runs the workshop is the facilitator's,
// refused with one sentence.
import { describe, expect, it } from 'vitest';
import { clientCommandSchema, type ClientCommand, type CommandType } from '../../shared/commands';
import { teamCommandRefusal, teamRequestRefusal } from '../../shared/roles';
import { apply, at } from './helpers';
import { votingRoom } from './voting-room';

/** Every command a team may send in some form; the rest are the facilitator's alone. */
const TEAM_COMMANDS: readonly CommandType[] = [
  'touchpoint/add',
  'touchpoint/update',
  'touchpoint/duplicate',
  'touchpoint/move',
  'touchpoint/remove',
  'rating/set',
  'rating/clear',
  'fix/add',
  'fix/update',
  'participant/add',
  'vote/set',
  'ballot/cast',
];

const ALL_COMMANDS = clientCommandSchema.options.map((option) => option.shape.type.value);

function roomWithCard() {
  const room = votingRoom();
  const w = apply(room.w, {
    type: 'touchpoint/add',
    teamId: room.red,
    stageId: at(room.w.stages, 0).id,
    channelId: at(room.w.channels, 0).id,
    title: 'Checkout page',
  });
  return { ...room, w, card: at(w.touchpoints, 0).id };
}

describe('commands a team may not send', () => {
  const facilitatorOnly = ALL_COMMANDS.filter((type) => !TEAM_COMMANDS.includes(type));

  it('covers the commands that run the workshop', () => {
    expect(facilitatorOnly).toEqual(
      expect.arrayContaining(['rating/reveal', 'vote/reveal', 'voting/configure', 'voting/reset', 'vote/runoff', 'fix/merge', 'phase/set']),
    );
    expect(facilitatorOnly.length + TEAM_COMMANDS.length).toBe(ALL_COMMANDS.length);
  });

  it.each(facilitatorOnly)('%s is refused with one sentence about the facilitator', (type) => {
    const { w, blue } = votingRoom();
    // The sentence depends on the kind of command only, never on its values.
    const refusal = teamCommandRefusal(w, blue, { type } as ClientCommand);
    expect(refusal).toMatch(/^Only the facilitator can [^.]+\.$/);
  });

  it('names what was refused', () => {
    const { w, blue } = votingRoom();
    expect(teamCommandRefusal(w, blue, { type: 'vote/reveal', revealed: true })).toBe('Only the facilitator can reveal the results.');
    expect(teamCommandRefusal(w, blue, { type: 'rating/reveal', revealed: true })).toBe('Only the facilitator can reveal the ratings.');
    expect(teamCommandRefusal(w, blue, { type: 'voting/configure', budget: 9 })).toBe('Only the facilitator can change the rules of the vote.');
  });
});

describe('commands a team may send', () => {
  it('works on its own cards on the board (another team’s: test/shared/roles-own-work.test.ts)', () => {
    // The card is Red's, so Red's page is the one that may change it.
    const { w, red, card } = roomWithCard();
    const stageId = at(w.stages, 0).id;
    const channelId = at(w.channels, 0).id;
    const commands: ClientCommand[] = [
      { type: 'touchpoint/add', teamId: red, stageId, channelId, title: 'Call centre' },
      { type: 'touchpoint/update', touchpointId: card, title: 'Checkout' },
      { type: 'touchpoint/duplicate', touchpointId: card },
      { type: 'touchpoint/move', touchpointId: card, stageId, channelId, index: 0 },
      { type: 'touchpoint/remove', touchpointId: card },
    ];
    for (const command of commands) expect(teamCommandRefusal(w, red, command), command.type).toBeNull();
  });

  it('rates as itself only', () => {
    const { w, blue, red, card } = roomWithCard();
    expect(teamCommandRefusal(w, blue, { type: 'rating/set', teamId: blue, touchpointId: card, pillarId: 'empathy', score: 3 })).toBeNull();
    expect(teamCommandRefusal(w, blue, { type: 'rating/clear', teamId: blue, touchpointId: card, pillarId: 'empathy' })).toBeNull();
    expect(teamCommandRefusal(w, blue, { type: 'rating/set', teamId: red, touchpointId: card, pillarId: 'empathy', score: 3 })).toBe(
      'Your team can only change its own ratings.',
    );
    expect(teamCommandRefusal(w, blue, { type: 'rating/clear', teamId: red, touchpointId: card, pillarId: 'empathy' })).toBe(
      'Your team can only change its own ratings.',
    );
  });

  it('proposes and edits its own fixes only', () => {
    const { w, blue, red, form, chat } = votingRoom();
    const fix = { touchpointIds: [], pillarIds: [], impact: 3, effort: 2 };
    expect(teamCommandRefusal(w, blue, { type: 'fix/add', teamId: blue, title: 'Fewer fields', ...fix })).toBeNull();
    expect(teamCommandRefusal(w, blue, { type: 'fix/add', teamId: red, title: 'Fewer fields', ...fix })).toBe(
      'Your team can only propose fixes in its own name.',
    );
    expect(teamCommandRefusal(w, blue, { type: 'fix/update', fixId: form, title: 'Much shorter form' })).toBeNull();
    expect(teamCommandRefusal(w, blue, { type: 'fix/update', fixId: chat, title: 'Chat' })).toBe('Your team can only change its own fixes.');
    expect(teamCommandRefusal(w, blue, { type: 'fix/update', fixId: form, teamId: blue })).toBeNull();
    expect(teamCommandRefusal(w, blue, { type: 'fix/update', fixId: form, teamId: red })).toBe('Your team can only change its own fixes.');
    // A fix that is gone is the reducer's to explain.
    expect(teamCommandRefusal(w, blue, { type: 'fix/update', fixId: 'gone', title: 'Chat' })).toBeNull();
  });

  it('adds its own people and casts only its own people’s dots', () => {
    const { w, blue, red, zoe, lukasz, chat } = votingRoom();
    expect(teamCommandRefusal(w, blue, { type: 'participant/add', name: 'Iga', teamId: blue })).toBeNull();
    expect(teamCommandRefusal(w, blue, { type: 'participant/add', name: 'Iga', teamId: red })).toBe('Your team can only add people to itself.');
    expect(teamCommandRefusal(w, blue, { type: 'vote/set', participantId: zoe, fixId: chat, dots: 2 })).toBeNull();
    expect(teamCommandRefusal(w, blue, { type: 'ballot/cast', participantId: zoe, dots: { [chat]: 2 } })).toBeNull();
    const otherTeam = "Your team's page can only place dots for your own team's people.";
    expect(teamCommandRefusal(w, blue, { type: 'vote/set', participantId: lukasz, fixId: chat, dots: 2 })).toBe(otherTeam);
    expect(teamCommandRefusal(w, blue, { type: 'ballot/cast', participantId: lukasz, dots: { [chat]: 2 } })).toBe(otherTeam);
  });
});

describe('requests from a team’s page', () => {
  it('may list, open, dispatch and export what it may see', () => {
    expect(teamRequestRefusal('library/list', {})).toBeNull();
    expect(teamRequestRefusal('workshop/open', { workshopId: 'w' })).toBeNull();
    expect(
      teamRequestRefusal('workshop/dispatch', { workshopId: 'w', command: { type: 'vote/reveal', revealed: true }, mutation: { clientId: 'p', n: 1 } }),
    ).toBeNull();
    expect(teamRequestRefusal('export/pdf', { workshopId: 'w', paper: 'a4' })).toBeNull();
    expect(teamRequestRefusal('export/file', { workshopId: 'w', kind: 'actions-csv' })).toBeNull();
    expect(teamRequestRefusal('export/file', { workshopId: 'w', kind: 'ratings-csv' })).toBeNull();
  });

  it('may undo and redo its own changes (the host keeps a history per seat)', () => {
    expect(teamRequestRefusal('workshop/undo', { workshopId: 'w' })).toBeNull();
    expect(teamRequestRefusal('workshop/redo', { workshopId: 'w' })).toBeNull();
  });

  it('may not change the library or take the whole workshop away', () => {
    expect(teamRequestRefusal('library/delete', { workshopId: 'w' })).toBe('Only the facilitator can delete the workshop.');
    expect(teamRequestRefusal('library/create', { title: 'New', template: 'blank' })).toMatch(/^Only the facilitator/);
    expect(teamRequestRefusal('library/duplicate', { workshopId: 'w' })).toMatch(/^Only the facilitator/);
    expect(teamRequestRefusal('library/rename', { workshopId: 'w', title: 'New' })).toMatch(/^Only the facilitator/);
    expect(teamRequestRefusal('export/file', { workshopId: 'w', kind: 'workshop-json' })).toBe(
      'Only the facilitator can export the whole workshop.',
    );
    expect(teamRequestRefusal('export/save-file', { workshopId: 'w', kind: 'workshop-json' })).toBe(
      'Only the facilitator can export the whole workshop.',
    );
  });
});
