// What a page may offer, by seat: the facilitator everything; a team's page only what shared/roles.ts
// lets a team send — so a screen never shows a button the host would refuse.
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { teamCommandRefusal } from '../../shared/roles';
import { commandRefusal, FACILITATOR, isTeamSeat, mayDispatch, mayRequest, requestRefusal, seatFor, sessionSeat } from '../../renderer/features/common/seat';
import { blankWorkshop, idsOf, withCommands } from './rating/workshop-builder';

/** Two teams with one person each. */
function room(): { w: Workshop; own: string; other: string; ownPerson: string; otherPerson: string } {
  const start = withCommands(blankWorkshop(), [{ type: 'team/add', name: 'Back office' }]);
  const own = idsOf(start).team('Team 1');
  const other = idsOf(start).team('Back office');
  const w = withCommands(start, [
    { type: 'participant/add', name: 'Ama', teamId: own },
    { type: 'participant/add', name: 'Bartosz', teamId: other },
  ]);
  const person = (name: string) => w.participants.find((p) => p.name === name)?.id ?? '';
  return { w, own, other, ownPerson: person('Ama'), otherPerson: person('Bartosz') };
}

describe('seatFor', () => {
  it('is the facilitator’s without a team, and the team’s with one', () => {
    expect(seatFor(null)).toEqual(FACILITATOR);
    expect(seatFor(undefined)).toEqual(FACILITATOR);
    expect(seatFor('')).toEqual(FACILITATOR);
    expect(seatFor('t1')).toEqual({ kind: 'team', teamId: 't1' });
    expect(isTeamSeat(seatFor('t1'))).toBe(true);
    expect(isTeamSeat(undefined)).toBe(false);
  });
});

describe('mayDispatch', () => {
  const { w, own, other, ownPerson, otherPerson } = room();
  const team = seatFor(own);
  const facilitatorOnly: readonly ClientCommand[] = [
    { type: 'rating/reveal', revealed: true },
    { type: 'vote/reveal', revealed: true },
    { type: 'voting/configure', budget: 4 },
    { type: 'voting/reset' },
    { type: 'vote/cancel-runoff' },
    { type: 'vote/tally', fixId: 'f', dots: 3 },
    { type: 'stage/add', name: 'Renew' },
    { type: 'team/rename', teamId: own, name: 'Us' },
    { type: 'framework/use', preset: 'four-pillars' },
    { type: 'participant/remove', participantId: ownPerson },
  ];

  it('lets the facilitator do everything, as the page with no seat does', () => {
    for (const command of facilitatorOnly) {
      expect(mayDispatch(FACILITATOR, w, command)).toBe(true);
      expect(mayDispatch(undefined, w, command)).toBe(true);
    }
  });

  it('keeps a team’s page from what only the facilitator does, with the host’s own sentence', () => {
    for (const command of facilitatorOnly) {
      expect(mayDispatch(team, w, command)).toBe(false);
      expect(commandRefusal(team, w, command)).toBe(teamCommandRefusal(w, own, command));
    }
    expect(commandRefusal(team, w, { type: 'rating/reveal', revealed: true })).toBe('Only the facilitator can reveal the ratings.');
  });

  it('lets a team cast its own people’s ballots and add people to itself, not another team’s', () => {
    expect(mayDispatch(team, w, { type: 'ballot/cast', participantId: ownPerson, dots: {} })).toBe(true);
    expect(mayDispatch(team, w, { type: 'ballot/cast', participantId: otherPerson, dots: {} })).toBe(false);
    expect(mayDispatch(team, w, { type: 'participant/add', name: 'Chidi', teamId: own })).toBe(true);
    expect(mayDispatch(team, w, { type: 'participant/add', name: 'Chidi', teamId: other })).toBe(false);
  });
});

describe('mayRequest', () => {
  it('offers a team every export but the whole workshop, and no library changes', () => {
    const team = seatFor('t1');
    expect(mayRequest(team, 'export/file', { workshopId: 'w', kind: 'actions-csv' })).toBe(true);
    expect(mayRequest(team, 'export/file', { workshopId: 'w', kind: 'ratings-csv' })).toBe(true);
    expect(requestRefusal(team, 'export/file', { workshopId: 'w', kind: 'workshop-json' })).toBe(
      'Only the facilitator can export the whole workshop.',
    );
    expect(mayRequest(team, 'library/delete', { workshopId: 'w' })).toBe(false);
    expect(mayRequest(team, 'library/list', {})).toBe(true);
    expect(mayRequest(FACILITATOR, 'export/file', { workshopId: 'w', kind: 'workshop-json' })).toBe(true);
    expect(mayRequest(FACILITATOR, 'library/delete', { workshopId: 'w' })).toBe(true);
  });
});

describe('a session’s seat', () => {
  it('is the facilitator’s, a member’s person of a team, or none for a guest', () => {
    expect(sessionSeat({ kind: 'facilitator' })).toEqual(FACILITATOR);
    expect(
      sessionSeat({ kind: 'member', workshopId: 'w1', teamId: 't1', participantId: 'p1', deviceId: 'd1', name: 'Ama' }),
    ).toEqual({ kind: 'team', teamId: 't1', participantId: 'p1' });
    expect(sessionSeat({ kind: 'guest' })).toBeNull();
    expect(sessionSeat({ kind: 'guest', ended: 'The facilitator closed the room.' })).toBeNull();
  });

  it('offers a person’s own device only that person’s dots, as the host allows', () => {
    // One pass of commands, so every id is new (each withCommands counts its ids from the start).
    const start = blankWorkshop();
    const own = idsOf(start).team('Team 1');
    const withColleague = withCommands(start, [
      { type: 'participant/add', name: 'Ama', teamId: own },
      { type: 'participant/add', name: 'Chloé', teamId: own },
    ]);
    const person = (name: string) => withColleague.participants.find((p) => p.name === name)?.id ?? '';
    const [ownPerson, colleague] = [person('Ama'), person('Chloé')];
    const device = seatFor(own, ownPerson);
    expect(mayDispatch(device, withColleague, { type: 'ballot/cast', participantId: ownPerson, dots: {} })).toBe(true);
    expect(mayDispatch(device, withColleague, { type: 'ballot/cast', participantId: colleague, dots: {} })).toBe(false);
    // The team's shared page still places dots for any of its people.
    expect(mayDispatch(seatFor(own), withColleague, { type: 'ballot/cast', participantId: colleague, dots: {} })).toBe(true);
  });
});
