// A team changes and removes only its own work, and a person on their own
// device votes only as themselves: what each command's rule answers when a
// team's shared page or one person's device reaches for someone else's card,
// rating, fix, person or dots. The facilitator's powers are unchanged.
import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, teamPage, type ClientCommand, type TeamActor } from '../../shared/commands';
import { teamCommandRefusal } from '../../shared/roles';
import { apply, at } from './helpers';
import { votingRoom, type Room } from './voting-room';

/** The voting room with one card for each team in the first cell: Blue's "Call centre", Red's "Checkout page". */
function roomWithCards(): Room & { readonly blueCard: string; readonly redCard: string; readonly cell: { stageId: string; channelId: string } } {
  const room = votingRoom();
  const cell = { stageId: at(room.w.stages, 0).id, channelId: at(room.w.channels, 0).id };
  let w = apply(room.w, { type: 'touchpoint/add', teamId: room.blue, ...cell, title: 'Call centre' });
  w = apply(w, { type: 'touchpoint/add', teamId: room.red, ...cell, title: 'Checkout page' });
  const idOf = (title: string) => w.touchpoints.find((t) => t.title === title)?.id ?? 'missing';
  return { ...room, w, cell, blueCard: idOf('Call centre'), redCard: idOf('Checkout page') };
}

/** One person's own device. */
const device = (teamId: string, participantId: string): TeamActor => ({ teamId, participantId });

describe('cards on the board', () => {
  it('lets a team change, copy, move and remove its own cards', () => {
    const { w, blue, blueCard, cell } = roomWithCards();
    const commands: ClientCommand[] = [
      { type: 'touchpoint/add', teamId: blue, ...cell, title: 'Shop counter' },
      { type: 'touchpoint/update', touchpointId: blueCard, title: 'Call centre (evenings)', teamId: blue },
      { type: 'touchpoint/duplicate', touchpointId: blueCard },
      { type: 'touchpoint/move', touchpointId: blueCard, ...cell, index: 0 },
      { type: 'touchpoint/remove', touchpointId: blueCard },
    ];
    for (const command of commands) expect(teamCommandRefusal(w, teamPage(blue), command), command.type).toBeNull();
  });

  it('refuses every change to another team’s card, naming that team', () => {
    const { w, blue, redCard, cell } = roomWithCards();
    const refusal = (verb: string) => `This card belongs to the Red team; only that team or the facilitator can ${verb} it.`;
    const blueRefusal = (command: ClientCommand) => teamCommandRefusal(w, teamPage(blue), command);
    expect(blueRefusal({ type: 'touchpoint/update', touchpointId: redCard, title: 'Checkout' })).toBe(refusal('change'));
    expect(blueRefusal({ type: 'touchpoint/update', touchpointId: redCard, teamId: blue })).toBe(refusal('change'));
    expect(blueRefusal({ type: 'touchpoint/duplicate', touchpointId: redCard })).toBe(refusal('copy'));
    expect(blueRefusal({ type: 'touchpoint/move', touchpointId: redCard, ...cell, index: 0 })).toBe(refusal('move'));
    expect(blueRefusal({ type: 'touchpoint/remove', touchpointId: redCard })).toBe(refusal('remove'));
  });

  it('refuses a card added in another team’s name, and handing its own card to another team', () => {
    const { w, blue, red, blueCard, cell } = roomWithCards();
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'touchpoint/add', teamId: red, ...cell, title: 'Shop counter' })).toBe(
      'Your team can only add cards of its own; this one would belong to the Red team.',
    );
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'touchpoint/update', touchpointId: blueCard, teamId: red })).toBe(
      'Only the facilitator can hand a card to the Red team.',
    );
  });

  it('names a team whose name already says “team” as it is', () => {
    const { w: start, blue, red, redCard } = roomWithCards();
    let w = apply(start, { type: 'team/rename', teamId: red, name: 'Team North' });
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'touchpoint/remove', touchpointId: redCard })).toBe(
      'This card belongs to Team North; only that team or the facilitator can remove it.',
    );
    w = apply(w, { type: 'team/rename', teamId: red, name: 'Night team' });
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'touchpoint/remove', touchpointId: redCard })).toBe(
      'This card belongs to the Night team; only that team or the facilitator can remove it.',
    );
  });

  it('leaves a card that is gone to the rules, which say so in their own words', () => {
    const { w, blue } = roomWithCards();
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'touchpoint/remove', touchpointId: 'gone' })).toBeNull();
  });

  it('leaves the facilitator free to change any card and hand it over', () => {
    const { w, blue, redCard } = roomWithCards();
    const handed = apply(w, { type: 'touchpoint/update', touchpointId: redCard, teamId: blue });
    expect(handed.touchpoints.find((t) => t.id === redCard)?.teamId).toBe(blue);
    expect(apply(w, { type: 'touchpoint/remove', touchpointId: redCard }).touchpoints).toHaveLength(1);
  });
});

describe('ratings, fixes and the plan', () => {
  it('rates any card, as its own team only', () => {
    const { w, blue, red, redCard } = roomWithCards();
    // Ratings belong to the team that gives them, so rating another team's card is a team's own work.
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'rating/set', teamId: blue, touchpointId: redCard, pillarId: 'empathy', score: 2 })).toBeNull();
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'rating/clear', teamId: red, touchpointId: redCard, pillarId: 'empathy' })).toBe(
      'Your team can only change its own ratings.',
    );
  });

  it('leaves removing, merging and handing over fixes to the facilitator, even the team’s own', () => {
    const { w, blue, red, form, callBack } = roomWithCards();
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'fix/remove', fixId: form })).toBe('Only the facilitator can remove a fix.');
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'fix/merge', fixId: form, otherFixId: callBack })).toBe(
      'Only the facilitator can merge fixes.',
    );
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'fix/update', fixId: form, teamId: red })).toBe('Your team can only change its own fixes.');
  });

  it('gives a person’s own device the same board, ratings and fixes as the team’s shared page', () => {
    const { w, blue, zoe, blueCard, redCard, form, chat } = roomWithCards();
    const zoesDevice = device(blue, zoe);
    expect(teamCommandRefusal(w, zoesDevice, { type: 'touchpoint/update', touchpointId: blueCard, title: 'Phone line' })).toBeNull();
    expect(teamCommandRefusal(w, zoesDevice, { type: 'touchpoint/remove', touchpointId: redCard })).toMatch(/^This card belongs to the Red team;/);
    expect(teamCommandRefusal(w, zoesDevice, { type: 'rating/set', teamId: blue, touchpointId: redCard, pillarId: 'empathy', score: 4 })).toBeNull();
    expect(teamCommandRefusal(w, zoesDevice, { type: 'fix/update', fixId: form, title: 'Shorter sign-up form' })).toBeNull();
    expect(teamCommandRefusal(w, zoesDevice, { type: 'fix/update', fixId: chat, title: 'Chat' })).toBe('Your team can only change its own fixes.');
  });
});

describe('a person on their own device', () => {
  it('places and changes only their own dots and ballot', () => {
    const { w, blue, zoe, ana, chat } = roomWithCards();
    const zoesDevice = device(blue, zoe);
    expect(teamCommandRefusal(w, zoesDevice, { type: 'vote/set', participantId: zoe, fixId: chat, dots: 2 })).toBeNull();
    expect(teamCommandRefusal(w, zoesDevice, { type: 'ballot/cast', participantId: zoe, dots: { [chat]: 2 } })).toBeNull();
    // Ana is on Zoë's team, which the shared page may vote for; Zoë's own device may not.
    const onlyZoe = "This device is Zoë's, so it can only place Zoë's dots.";
    expect(teamCommandRefusal(w, zoesDevice, { type: 'vote/set', participantId: ana, fixId: chat, dots: 2 })).toBe(onlyZoe);
    expect(teamCommandRefusal(w, zoesDevice, { type: 'ballot/cast', participantId: ana, dots: {} })).toBe(onlyZoe);
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'ballot/cast', participantId: ana, dots: {} })).toBeNull();
  });

  it('cannot vote as someone of another team, nor as someone whose name it no longer knows', () => {
    const { w, blue, zoe, lukasz, chat } = roomWithCards();
    expect(teamCommandRefusal(w, device(blue, zoe), { type: 'vote/set', participantId: lukasz, fixId: chat, dots: 1 })).toBe(
      "This device is Zoë's, so it can only place Zoë's dots.",
    );
    expect(teamCommandRefusal(w, device(blue, 'gone'), { type: 'vote/set', participantId: zoe, fixId: chat, dots: 1 })).toBe(
      'Your own device can only place your own dots.',
    );
  });

  it('adds and removes nobody from the list of people', () => {
    const { w, blue, zoe, ana } = roomWithCards();
    expect(teamCommandRefusal(w, device(blue, zoe), { type: 'participant/add', name: 'Iga', teamId: blue })).toBe(
      "People are added from the team's shared page or by the facilitator, not from one person's own device.",
    );
    expect(teamCommandRefusal(w, device(blue, zoe), { type: 'participant/remove', participantId: ana })).toBe(
      'Only the facilitator can take someone off the list.',
    );
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'participant/add', name: 'Iga', teamId: blue })).toBeNull();
  });
});

describe('a bare team id', () => {
  it('is the team’s shared page, for callers that do not know of people’s devices yet', () => {
    const { w, blue, ana, blueCard, redCard, chat } = roomWithCards();
    const commands: ClientCommand[] = [
      { type: 'touchpoint/remove', touchpointId: blueCard },
      { type: 'touchpoint/remove', touchpointId: redCard },
      { type: 'ballot/cast', participantId: ana, dots: { [chat]: 1 } },
      { type: 'participant/add', name: 'Iga', teamId: blue },
      { type: 'vote/reveal', revealed: true },
    ];
    for (const command of commands) {
      expect(teamCommandRefusal(w, blue, command), command.type).toBe(teamCommandRefusal(w, teamPage(blue), command));
    }
  });
});

/** Every refusal is one plain sentence ending in a full stop, whatever the command and whoever sends it. */
describe('refusal sentences', () => {
  it('are single sentences for every command another team’s page might send', () => {
    const { w, blue, red, zoe, redCard, chat, lukasz, cell } = roomWithCards();
    const aimedAtRed = (type: string): ClientCommand | null => {
      const byType: Partial<Record<string, ClientCommand>> = {
        'touchpoint/add': { type: 'touchpoint/add', teamId: red, ...cell, title: 'X' },
        'touchpoint/update': { type: 'touchpoint/update', touchpointId: redCard, title: 'X' },
        'touchpoint/duplicate': { type: 'touchpoint/duplicate', touchpointId: redCard },
        'touchpoint/move': { type: 'touchpoint/move', touchpointId: redCard, ...cell, index: 0 },
        'touchpoint/remove': { type: 'touchpoint/remove', touchpointId: redCard },
        'rating/set': { type: 'rating/set', teamId: red, touchpointId: redCard, pillarId: 'empathy', score: 3 },
        'rating/clear': { type: 'rating/clear', teamId: red, touchpointId: redCard, pillarId: 'empathy' },
        'fix/add': { type: 'fix/add', teamId: red, title: 'X', touchpointIds: [], pillarIds: [], impact: 3, effort: 3 },
        'fix/update': { type: 'fix/update', fixId: chat, title: 'X' },
        'participant/add': { type: 'participant/add', name: 'X', teamId: red },
        'vote/set': { type: 'vote/set', participantId: lukasz, fixId: chat, dots: 1 },
        'ballot/cast': { type: 'ballot/cast', participantId: lukasz, dots: {} },
      };
      return byType[type] ?? null;
    };
    const actors: readonly TeamActor[] = [teamPage(blue), device(blue, zoe)];
    let checked = 0;
    for (const type of COMMAND_TYPES) {
      const command = aimedAtRed(type);
      if (command === null) continue;
      for (const actor of actors) {
        const refusal = teamCommandRefusal(w, actor, command);
        expect(refusal, `${type} from ${actor.participantId ?? 'the team page'}`).toMatch(/^[A-Z][^.]*[^ ]\.$/);
        checked += 1;
      }
    }
    expect(checked).toBe(24);
  });
});
