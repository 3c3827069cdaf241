// How the Vote screen writes ranks and ties, names rounds, picks runoff fixes, finds who is still to vote, and steps a private ballot.
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { ordinal, rankLabel } from '../../../shared/present/ranks';
import { voteRanking } from '../../../shared/selectors';
import { ballotView, castCommand, draftTotal, step } from '../../../renderer/features/voting/ballot-logic';
import { markerSize, quadrantOf } from '../../../renderer/features/voting/matrix-logic';
import {
  firstTie,
  nameFieldAfterAdd,
  parseSetting,
  progressText,
  roundName,
  stillToVote,
  topWithTies,
} from '../../../renderer/features/voting/voting-logic';
import { blankWorkshop, idsOf, withCommands } from '../rating/workshop-builder';

const TITLES = ['Call back within an hour', 'Plain-English letters', 'Track my parcel', 'Fewer forms'] as const;

function room(): { w: Workshop; fix: (title: string) => string; person: (name: string) => string } {
  const start = blankWorkshop();
  const team = idsOf(start).team('Team 1');
  const w = withCommands(start, [
    ...TITLES.map((title): ClientCommand => ({ type: 'fix/add', teamId: team, title, touchpointIds: [], pillarIds: [], impact: 3, effort: 3 })),
    ...['Ana', 'Ben', 'Chloé', 'Zoë'].map((name): ClientCommand => ({ type: 'participant/add', name, teamId: team })),
  ]);
  const id = idsOf(w);
  const person = (name: string) => w.participants.find((p) => p.name === name)?.id ?? '';
  return { w, fix: id.fix, person };
}

/** Ana 3 on "Call back", 2 on "Letters"; Ben 2 on "Call back", 3 on "Letters"; Chloé 1 on "Parcel". */
function voted() {
  const r = room();
  const ballot = (name: string, dots: Record<string, number>): ClientCommand => ({
    type: 'ballot/cast',
    participantId: r.person(name),
    dots: Object.fromEntries(Object.entries(dots).map(([title, n]) => [r.fix(title), n])),
  });
  const w = withCommands(r.w, [
    ballot('Ana', { 'Call back within an hour': 3, 'Plain-English letters': 2 }),
    ballot('Ben', { 'Call back within an hour': 2, 'Plain-English letters': 3 }),
    ballot('Chloé', { 'Track my parcel': 1 }),
    { type: 'vote/reveal', revealed: true },
  ]);
  return { ...r, w };
}

describe('ranks and ties', () => {
  it('writes ordinals, and ties as ties', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd',
    ]);
    expect(rankLabel({ rank: 2, tied: true })).toBe('tied 2nd');
    expect(rankLabel({ rank: 1, tied: false })).toBe('1st');
  });

  it('finds the best tie with dots, and the top n without cutting through a tie', () => {
    const { w } = voted();
    const ranking = voteRanking(w);
    expect(firstTie(ranking).map((r) => r.fix.title)).toEqual(['Call back within an hour', 'Plain-English letters']);
    expect(topWithTies(ranking, 1).map((r) => r.fix.title)).toEqual(['Call back within an hour', 'Plain-English letters']);
    expect(topWithTies(ranking, 3).map((r) => r.fix.title)).toEqual([
      'Call back within an hour',
      'Plain-English letters',
      'Track my parcel',
    ]);
  });
});

describe('rounds', () => {
  it('names the first vote and each runoff by how it was chosen', () => {
    const { w, fix } = voted();
    expect(roundName(w)).toBe('First vote');
    const tied = withCommands(w, [
      { type: 'vote/runoff', fixIds: [fix('Call back within an hour'), fix('Plain-English letters')], budget: 1, maxPerFix: 1 },
    ]);
    expect(roundName(tied)).toBe('Runoff 1 among the tied fixes');
    const top3 = withCommands(w, [
      {
        type: 'vote/runoff',
        fixIds: [fix('Call back within an hour'), fix('Plain-English letters'), fix('Track my parcel')],
        budget: 2,
        maxPerFix: 1,
      },
    ]);
    expect(roundName(top3)).toBe('Runoff 1 of the top 3');
  });

  it('lists who is still to vote, found by name without minding case or accents, and counts who has', () => {
    const { w } = voted();
    expect(stillToVote(w, '').map((p) => p.name)).toEqual(['Zoë']);
    expect(stillToVote(w, 'zoe').map((p) => p.name)).toEqual(['Zoë']);
    expect(stillToVote(w, 'ana')).toEqual([]);
    expect(progressText(w, 4)).toBe('3 of 4 have voted');
  });
});

describe('a private ballot', () => {
  it('refuses a dot over the per-fix cap or over the budget, with the reason, and changes nothing', () => {
    const { w, fix, person } = room();
    const participant = w.participants.find((p) => p.id === person('Ana'));
    if (!participant) throw new Error('no Ana');
    const view = ballotView(w, participant);
    expect(view.rules).toEqual({ budget: 5, maxPerFix: 3 });
    let draft = new Map<string, number>();
    const callBack = fix('Call back within an hour');
    for (let i = 0; i < 3; i++) {
      const r = step(draft, callBack, 1, view.rules);
      if (!r.ok) throw new Error(r.message);
      draft = new Map(r.draft);
    }
    expect(step(draft, callBack, 1, view.rules)).toEqual({ ok: false, message: 'At most 3 dots can go on one fix.' });
    const letters = fix('Plain-English letters');
    for (let i = 0; i < 2; i++) {
      const r = step(draft, letters, 1, view.rules);
      if (!r.ok) throw new Error(r.message);
      draft = new Map(r.draft);
    }
    expect(draftTotal(draft)).toBe(5);
    expect(step(draft, fix('Fewer forms'), 1, view.rules)).toEqual({
      ok: false,
      message: 'All 5 dots are used. Take one off another fix first.',
    });
    const back = step(draft, letters, -1, view.rules);
    expect(back.ok && back.draft.get(letters)).toBe(1);
    expect(castCommand(participant.id, draft, 0)).toEqual({
      type: 'ballot/cast',
      participantId: participant.id,
      dots: { [callBack]: 3, [letters]: 2 },
      round: 0,
    });
  });

  it('marks the own team’s fixes unavailable when teams may not vote for their own', () => {
    const { w, person } = room();
    const strict = withCommands(w, [{ type: 'voting/configure', ownTeamVoting: false }]);
    const ana = strict.participants.find((p) => p.id === person('Ana'));
    if (!ana) throw new Error('no Ana');
    expect(ballotView(strict, ana).fixes.every((f) => f.unavailable !== null)).toBe(true);
    expect(ballotView(w, ana).fixes.every((f) => f.unavailable === null)).toBe(true);
  });
});

describe('settings and the matrix', () => {
  it('reads a setting or says what is wrong', () => {
    expect(parseSetting(' 5 ', 'a budget')).toEqual({ ok: true, value: 5 });
    expect(parseSetting('', 'a budget')).toEqual({ ok: false, message: 'Enter a budget.' });
    expect(parseSetting('2.5', 'a budget')).toEqual({ ok: false, message: 'Use a whole number for a budget.' });
    expect(parseSetting('51', 'a budget')).toEqual({ ok: false, message: 'Choose a budget from 1 to 50.' });
  });

  it('puts fixes in quadrants and sizes markers by dots only once results show', () => {
    expect(quadrantOf({ impact: 5, effort: 1 })).toBe('quick-wins');
    expect(quadrantOf({ impact: 3, effort: 3 })).toBe('big-bets');
    expect(quadrantOf({ impact: 2, effort: 2 })).toBe('fill-ins');
    expect(quadrantOf({ impact: 1, effort: 5 })).toBe('money-pits');
    expect(markerSize(9, 9, true)).toBe(56);
    expect(markerSize(0, 9, true)).toBe(28);
    expect(markerSize(9, 9, false)).toBe(28);
  });
});

describe('the New person field after a person is added', () => {
  it('empties for the next name', () => {
    expect(nameFieldAfterAdd('Ama Mensah', 'Ama Mensah')).toBe('');
  });

  it('keeps a next name typed while the host was adding the last one', () => {
    expect(nameFieldAfterAdd('Chlo', 'Ama Mensah')).toBe('Chlo');
  });
});
