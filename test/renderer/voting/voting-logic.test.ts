// What the Vote screen may say before the reveal, and how it writes ranks, ties and settings.
import { describe, expect, it } from 'vitest';
import { voteRanking } from '../../../shared/selectors';
import {
  budgetText,
  parseSetting,
  rankLabel,
  splitRanking,
  votingTally,
} from '../../../renderer/features/voting/voting-logic';
import { blankWorkshop, idsOf, withCommands } from '../rating/workshop-builder';

function votingRoom() {
  const start = blankWorkshop();
  const team = idsOf(start).team('Team 1');
  const fix = (title: string) => ({ type: 'fix/add' as const, teamId: team, title, touchpointIds: [], pillarIds: [], impact: 3, effort: 3 });
  let w = withCommands(start, [
    fix('Call back within an hour'),
    fix('Plain-English letters'),
    fix('Track my parcel'),
    fix('Fewer forms'),
    { type: 'participant/add', name: 'Ana', teamId: team },
    { type: 'participant/add', name: 'Ben', teamId: team },
    { type: 'participant/add', name: 'Chloé', teamId: team },
  ]);
  const id = idsOf(w);
  const people = Object.fromEntries(w.participants.map((p) => [p.name, p.id]));
  const vote = (who: string, title: string, dots: number) => ({
    type: 'vote/set' as const,
    participantId: people[who] ?? '',
    fixId: id.fix(title),
    dots,
  });
  w = withCommands(w, [
    vote('Ana', 'Call back within an hour', 3),
    vote('Ana', 'Plain-English letters', 2),
    vote('Ben', 'Plain-English letters', 1),
    vote('Ben', 'Track my parcel', 2),
  ]);
  return w;
}

describe('votingTally', () => {
  it('counts who has voted and how many dots are down, without saying where', () => {
    expect(votingTally(votingRoom())).toEqual({ participantCount: 3, participantsVoted: 2, dotsCast: 8 });
  });

  it('is all zeros before anyone votes', () => {
    expect(votingTally(blankWorkshop())).toEqual({ participantCount: 0, participantsVoted: 0, dotsCast: 0 });
  });
});

describe('ranking as shown', () => {
  it('writes shared ranks as ties and keeps fixes without dots out of the ranking', () => {
    const { withDots, withoutDots } = splitRanking(voteRanking(votingRoom()));
    // Call back 3 and Plain-English 3 share first place; Track my parcel comes third, not second.
    expect(withDots.map((r) => [rankLabel(r), r.fix.title, r.dots])).toEqual([
      ['=1', 'Call back within an hour', 3],
      ['=1', 'Plain-English letters', 3],
      ['3', 'Track my parcel', 2],
    ]);
    expect(withoutDots.map((r) => r.fix.title)).toEqual(['Fewer forms']);
  });

  it('writes a rank without a tie as a plain number', () => {
    expect(rankLabel({ rank: 2, tied: false })).toBe('2');
    expect(rankLabel({ rank: 2, tied: true })).toBe('=2');
  });
});

describe('budgetText', () => {
  it('says how much of the budget is used', () => {
    expect(budgetText(3, 5)).toBe('3 of 5 dots used');
    expect(budgetText(0, 1)).toBe('0 of 1 dot used');
  });
});

describe('parseSetting', () => {
  it('accepts whole numbers from 1 to 50', () => {
    expect(parseSetting(' 7 ', 'a budget')).toEqual({ ok: true, value: 7 });
    expect(parseSetting('50', 'a budget')).toEqual({ ok: true, value: 50 });
  });

  it('explains what is wrong with anything else', () => {
    expect(parseSetting('', 'a budget')).toEqual({ ok: false, message: 'Enter a budget.' });
    expect(parseSetting('2.5', 'a budget')).toEqual({ ok: false, message: 'Use a whole number for a budget.' });
    expect(parseSetting('-1', 'a budget')).toEqual({ ok: false, message: 'Use a whole number for a budget.' });
    expect(parseSetting('0', 'a budget')).toEqual({ ok: false, message: 'Choose a budget from 1 to 50.' });
    expect(parseSetting('51', 'a budget')).toEqual({ ok: false, message: 'Choose a budget from 1 to 50.' });
  });
});
