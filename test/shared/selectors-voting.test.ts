// Voting selectors with numbers worked out by hand: rounds, ties, runoffs, tallies, and what each team may see.
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import {
  ballotOf,
  dotsByFix,
  dotsLeft,
  dotsOn,
  dotsSpent,
  finalRanking,
  impactEffortMatrix,
  openRound,
  resultsVisible,
  roundCandidates,
  roundRules,
  tallyVoters,
  viewForTeam,
  voteRanking,
  votersWhoVoted,
  votingStarted,
  type RankedFix,
} from '../../shared/selectors';
import { apply, at } from './helpers';
import { vote, votingRoom, type Room } from './voting-room';

/** [title, dots, rank, tied] per entry, for reading rankings at a glance. */
const rows = (ranking: readonly RankedFix[]) => ranking.map((r) => [r.fix.title, r.dots, r.rank, r.tied]);

/**
 * First vote: Shorter form 4, Live chat 4, Track order 3, Call back 1.
 * Runoff 1 (2 dots, at most 2) among form, chat, track: Track order 3, Shorter form 2, Live chat 0.
 * Runoff 2 (1 dot, at most 1) among track and form: 1 each.
 */
function threeRounds(): Room & { rounds: Workshop[] } {
  const room = votingRoom();
  const { zoe, ana, lukasz, form, callBack, chat, track } = room;
  let w = vote(room.w, [zoe, chat, 3], [zoe, track, 2], [ana, form, 2], [ana, chat, 1], [lukasz, form, 2], [lukasz, track, 1], [lukasz, callBack, 1]);
  const first = apply(w, { type: 'vote/reveal', revealed: true });
  w = apply(first, { type: 'vote/runoff', fixIds: [form, chat, track], budget: 2, maxPerFix: 2 });
  w = vote(w, [zoe, track, 2], [ana, form, 1], [ana, track, 1], [lukasz, form, 1]);
  const second = apply(w, { type: 'vote/reveal', revealed: true });
  w = apply(second, { type: 'vote/runoff', fixIds: [track, form], budget: 1, maxPerFix: 1 });
  const third = vote(w, [zoe, form, 1], [lukasz, track, 1]);
  return { ...room, w: third, rounds: [first, second, third] };
}

describe('rounds', () => {
  it('opens round 0 for every fix, then each runoff with its own fixes and rules', () => {
    const { w, form, chat, track } = threeRounds();
    expect(openRound(w)).toBe(2);
    expect(roundCandidates(w, 0)).toBe(w.fixes);
    expect(roundCandidates(w, 1).map((f) => f.id)).toEqual([form, chat, track]);
    expect(roundCandidates(w, 2).map((f) => f.id)).toEqual([track, form]);
    expect(roundCandidates(w, 3)).toEqual([]);
    expect(roundRules(w, 0)).toEqual({ budget: 5, maxPerFix: 3 });
    expect(roundRules(w, 1)).toEqual({ budget: 2, maxPerFix: 2 });
    expect(roundRules(w, 2)).toEqual({ budget: 1, maxPerFix: 1 });
  });

  it("counts a person's dots per round, the open round by default", () => {
    const { w, zoe, ana, chat, form, track } = threeRounds();
    expect([dotsSpent(w, zoe, 0), dotsSpent(w, zoe, 1), dotsSpent(w, zoe)]).toEqual([5, 2, 1]);
    expect([dotsLeft(w, zoe, 0), dotsLeft(w, ana, 1), dotsLeft(w, ana)]).toEqual([0, 0, 1]);
    expect([dotsOn(w, zoe, chat, 0), dotsOn(w, zoe, track, 1), dotsOn(w, zoe, form)]).toEqual([3, 2, 1]);
    expect(Object.fromEntries(ballotOf(w, zoe, 0))).toEqual({ [chat]: 3, [track]: 2 });
    expect(Object.fromEntries(ballotOf(w, ana))).toEqual({});
    expect([votersWhoVoted(w, 0), votersWhoVoted(w, 1), votersWhoVoted(w)]).toEqual([3, 3, 2]);
  });

  it('knows when voting started and whether results may show', () => {
    const { w, zoe, chat } = votingRoom();
    expect(votingStarted(w)).toBe(false);
    expect(resultsVisible(w)).toBe(false);
    expect(votingStarted(vote(w, [zoe, chat, 1]))).toBe(true);
    expect(resultsVisible(apply(w, { type: 'vote/reveal', revealed: true }))).toBe(true);
    expect(resultsVisible(apply(w, { type: 'voting/configure', secret: false }))).toBe(true);
  });
});

describe('rankings', () => {
  it("ranks each round's candidates by that round's dots, ties sharing a rank", () => {
    const { w } = threeRounds();
    expect(rows(voteRanking(w, 0))).toEqual([
      ['Live chat', 4, 1, true],
      ['Shorter form', 4, 1, true],
      ['Track order', 3, 3, false],
      ['Call back', 1, 4, false],
    ]);
    expect(rows(voteRanking(w, 1))).toEqual([
      ['Track order', 3, 1, false],
      ['Shorter form', 2, 2, false],
      ['Live chat', 0, 3, false],
    ]);
    expect(rows(voteRanking(w))).toEqual([
      ['Shorter form', 1, 1, true],
      ['Track order', 1, 1, true],
    ]);
  });

  it('puts the latest round first, then what each earlier round left out, ranks renumbered', () => {
    const { w, rounds } = threeRounds();
    expect(rows(finalRanking(w))).toEqual([
      ['Shorter form', 1, 1, true],
      ['Track order', 1, 1, true],
      // Live chat lost the first runoff with 0 dots, yet ranks above Call back, which never reached it.
      ['Live chat', 0, 3, false],
      ['Call back', 1, 4, false],
    ]);
    expect(rows(finalRanking(at(rounds, 1)))).toEqual([
      ['Track order', 3, 1, false],
      ['Shorter form', 2, 2, false],
      ['Live chat', 0, 3, false],
      ['Call back', 1, 4, false],
    ]);
    expect(finalRanking(at(rounds, 0))).toEqual(voteRanking(at(rounds, 0), 0));
  });

  it('places every fix on the impact–effort matrix with its final dots', () => {
    const { w: start, form } = threeRounds();
    let w = start;
    w = apply(w, { type: 'fix/update', fixId: form, impact: 5, effort: 1 });
    expect(impactEffortMatrix(w).map((p) => [p.fix.title, p.impact, p.effort, p.dots])).toEqual([
      ['Shorter form', 5, 1, 1],
      ['Track order', 3, 3, 1],
      ['Live chat', 3, 3, 0],
      ['Call back', 3, 3, 1],
    ]);
  });
});

describe('tallies', () => {
  it('count like ballots, per round, with the voters set or else the participants', () => {
    const room = votingRoom();
    const { chat, track, form } = room;
    let w = apply(room.w, { type: 'voting/configure', mode: 'tally' });
    expect(tallyVoters(w)).toBe(3);
    w = apply(apply(room.w, { type: 'voting/configure', mode: 'tally', tallyVoters: 4 }), { type: 'vote/tally', fixId: chat, dots: 6 });
    expect(tallyVoters(w)).toBe(4);
    w = apply(w, { type: 'vote/tally', fixId: track, dots: 6 });
    w = apply(w, { type: 'vote/tally', fixId: form, dots: 2 });
    expect(Object.fromEntries(dotsByFix(w))).toEqual({ [chat]: 6, [track]: 6, [form]: 2 });
    expect(votersWhoVoted(w)).toBe(4);
    w = apply(w, { type: 'vote/reveal', revealed: true });
    w = apply(w, { type: 'vote/runoff', fixIds: [chat, track], budget: 1, maxPerFix: 1 });
    expect(votersWhoVoted(w)).toBe(0);
    w = apply(w, { type: 'vote/tally', fixId: chat, dots: 3 });
    w = apply(w, { type: 'vote/tally', fixId: track, dots: 1 });
    expect(rows(finalRanking(w))).toEqual([
      ['Live chat', 3, 1, false],
      ['Track order', 1, 2, false],
      ['Shorter form', 2, 3, false],
      ['Call back', 0, 4, false],
    ]);
  });
});

describe('viewForTeam', () => {
  /** Both teams rated the same card; the runoff is open and secret. */
  function hiddenRunoff() {
    const room = threeRounds();
    let w = room.w;
    w = apply(w, { type: 'touchpoint/add', teamId: room.blue, stageId: at(w.stages, 0).id, channelId: at(w.channels, 0).id, title: 'Card' });
    const card = at(w.touchpoints, 0).id;
    w = apply(w, { type: 'rating/set', teamId: room.blue, touchpointId: card, pillarId: 'empathy', score: 2 });
    w = apply(w, { type: 'rating/set', teamId: room.red, touchpointId: card, pillarId: 'empathy', score: 4 });
    return { ...room, w };
  }

  it("hides other teams' ratings and their dots in the open round, keeping closed rounds", () => {
    const { w, blue, red, zoe, lukasz } = hiddenRunoff();
    const view = viewForTeam(w, blue);
    expect(view.ratings.map((r) => r.teamId)).toEqual([blue]);
    expect(view.votes.filter((v) => v.round === 2).map((v) => v.participantId)).toEqual([zoe]);
    expect(view.votes.filter((v) => v.round < 2)).toEqual(w.votes.filter((v) => v.round < 2));
    expect(viewForTeam(w, red).votes.filter((v) => v.round === 2).map((v) => v.participantId)).toEqual([lukasz]);
  });

  it('hides the open round’s tallies until they are revealed', () => {
    const room = votingRoom();
    let w = apply(room.w, { type: 'voting/configure', mode: 'tally', tallyVoters: 4 });
    w = apply(w, { type: 'vote/tally', fixId: room.chat, dots: 5 });
    expect(viewForTeam(w, room.blue).tallies).toEqual([]);
    w = apply(w, { type: 'vote/reveal', revealed: true });
    w = apply(w, { type: 'vote/runoff', fixIds: [room.chat, room.track], budget: 1, maxPerFix: 1 });
    w = apply(w, { type: 'vote/tally', fixId: room.track, dots: 2 });
    expect(viewForTeam(w, room.blue).tallies).toEqual([{ fixId: room.chat, dots: 5, round: 0 }]);
  });

  it('shows everything once ratings and results are revealed (the same workshop)', () => {
    const { w: start, blue } = hiddenRunoff();
    let w = start;
    w = apply(w, { type: 'rating/reveal', revealed: true });
    w = apply(w, { type: 'vote/reveal', revealed: true });
    expect(viewForTeam(w, blue)).toBe(w);
  });
});
