// Merging two fixes, and removing a fix that holds dots, tallies or a place in a runoff.
import { describe, expect, it } from 'vitest';
import { TEXT_MAX, type Fix, type Workshop } from '../../shared/model';
import { dotsByFix, dotsSpent, openRound } from '../../shared/selectors';
import { apply, at, refuse } from './helpers';
import { vote, votingRoom } from './voting-room';

function findFix(w: Workshop, id: string): Fix {
  const fix = w.fixes.find((f) => f.id === id);
  if (!fix) throw new Error(`No fix ${id}.`);
  return fix;
}

describe('fix/merge', () => {
  it("joins links, pillars and descriptions into the kept fix, which keeps its own title, team and sizes", () => {
    const { w: start, chat, track, red } = votingRoom();
    let w = start;
    const card = (title: string) => ({ type: 'touchpoint/add' as const, teamId: red, stageId: at(w.stages, 0).id, channelId: at(w.channels, 0).id, title });
    w = apply(w, card('Call'));
    w = apply(w, card('Email'));
    const [call, email] = [at(w.touchpoints, 0).id, at(w.touchpoints, 1).id];
    w = apply(w, { type: 'fix/update', fixId: chat, description: 'Chat on the site.', touchpointIds: [call], pillarIds: ['empathy'], impact: 4 });
    w = apply(w, { type: 'fix/update', fixId: track, description: 'Show where the parcel is.', touchpointIds: [email, call], pillarIds: ['empathy', 'time-effort'], effort: 1 });
    w = apply(w, { type: 'action/add', fixId: track, title: 'Build tracker', owner: 'Ann', dueDate: '', pillarId: null, touchpointId: null });
    const merged = apply(w, { type: 'fix/merge', fixId: chat, otherFixId: track });
    expect(merged.fixes.map((f) => f.title)).toEqual(['Shorter form', 'Call back', 'Live chat']);
    expect(findFix(merged, chat)).toEqual({
      ...findFix(w, chat),
      description: 'Chat on the site.\n\nShow where the parcel is.',
      touchpointIds: [call, email],
      pillarIds: ['empathy', 'time-effort'],
    });
    expect(at(merged.actions, 0).fixId).toBe(chat);
  });

  it("takes the other's description when the kept fix has none", () => {
    const { w: start, chat, track } = votingRoom();
    let w = start;
    w = apply(w, { type: 'fix/update', fixId: track, description: 'Show where the parcel is.' });
    expect(findFix(apply(w, { type: 'fix/merge', fixId: chat, otherFixId: track }), chat).description).toBe('Show where the parcel is.');
  });

  it("combines each person's dots per round, capped at the round's cap: the rest goes back to them", () => {
    const { w: start, zoe, ana, lukasz, chat, track, form } = votingRoom();
    let w = start;
    w = vote(w, [zoe, chat, 2], [zoe, track, 2], [ana, track, 3], [lukasz, chat, 1], [lukasz, form, 3]);
    const merged = apply(w, { type: 'fix/merge', fixId: chat, otherFixId: track });
    expect(merged.votes).toHaveLength(4);
    expect(merged.votes).toEqual(
      expect.arrayContaining([
        { participantId: zoe, fixId: chat, dots: 3, round: 0 }, // 2 + 2, capped at 3: one dot back to Zoë
        { participantId: ana, fixId: chat, dots: 3, round: 0 },
        { participantId: lukasz, fixId: chat, dots: 1, round: 0 },
        { participantId: lukasz, fixId: form, dots: 3, round: 0 },
      ]),
    );
    expect(dotsSpent(merged, zoe)).toBe(3);
    expect(dotsByFix(merged).get(chat)).toBe(7);
  });

  it("gives back the dots the kept fix's own team had on the other fix when own-team voting is off", () => {
    const { w: start, zoe, lukasz, form, chat } = votingRoom();
    let w = start;
    w = apply(w, { type: 'voting/configure', ownTeamVoting: false });
    w = vote(w, [zoe, chat, 2], [lukasz, form, 1]);
    // Lukasz (Red) had a dot on Blue's "Shorter form"; folded into Red's "Live chat" it would be his own team's.
    const merged = apply(w, { type: 'fix/merge', fixId: chat, otherFixId: form });
    expect(merged.votes).toEqual([{ participantId: zoe, fixId: chat, dots: 2, round: 0 }]);
  });

  it('names the kept fix once in runoffs, and merges runoff dots by that runoff’s cap', () => {
    const { w: start, zoe, chat, track, form } = votingRoom();
    let w = start;
    w = apply(w, { type: 'vote/reveal', revealed: true });
    w = apply(w, { type: 'vote/runoff', fixIds: [form, track, chat], budget: 3, maxPerFix: 2 });
    w = vote(w, [zoe, chat, 1], [zoe, track, 2]);
    const merged = apply(w, { type: 'fix/merge', fixId: chat, otherFixId: track });
    expect(merged.voting.runoffs).toEqual([{ fixIds: [form, chat], budget: 3, maxPerFix: 2 }]);
    expect(merged.votes).toEqual([{ participantId: zoe, fixId: chat, dots: 2, round: 1 }]);
    // A runoff that named only the absorbed fix now names the kept one in its place.
    const swapped = apply(w, { type: 'fix/merge', fixId: form, otherFixId: track });
    expect(swapped.voting.runoffs[0]?.fixIds).toEqual([form, chat]);
    expect(swapped.votes).toContainEqual({ participantId: zoe, fixId: form, dots: 2, round: 1 });
  });

  it('adds tallies up, capped at what the voters could have put on one fix', () => {
    const { w: start, chat, track, form, callBack } = votingRoom();
    let w = start;
    w = apply(w, { type: 'voting/configure', mode: 'tally', tallyVoters: 4 }); // 12 at most on one fix
    w = apply(w, { type: 'vote/tally', fixId: chat, dots: 8 });
    w = apply(w, { type: 'vote/tally', fixId: track, dots: 7 });
    w = apply(w, { type: 'vote/tally', fixId: form, dots: 2 });
    const merged = apply(w, { type: 'fix/merge', fixId: chat, otherFixId: track });
    expect(merged.tallies).toHaveLength(2);
    expect(merged.tallies).toEqual(expect.arrayContaining([{ fixId: chat, dots: 12, round: 0 }, { fixId: form, dots: 2, round: 0 }]));
    const moved = apply(w, { type: 'fix/merge', fixId: callBack, otherFixId: track });
    expect(moved.tallies).toContainEqual({ fixId: callBack, dots: 7, round: 0 });
  });

  it('refuses merging a fix with itself, unknown fixes, and a join too big to hold', () => {
    const { w: start, chat, track } = votingRoom();
    let w = start;
    expect(refuse(w, { type: 'fix/merge', fixId: chat, otherFixId: chat }, 'invalid').message).toBe('A fix cannot be merged with itself.');
    refuse(w, { type: 'fix/merge', fixId: chat, otherFixId: 'gone' }, 'not-found');
    refuse(w, { type: 'fix/merge', fixId: 'gone', otherFixId: chat }, 'not-found');
    w = apply(w, { type: 'fix/update', fixId: chat, description: 'a'.repeat(1500) });
    w = apply(w, { type: 'fix/update', fixId: track, description: 'b'.repeat(600) });
    expect(refuse(w, { type: 'fix/merge', fixId: chat, otherFixId: track }, 'invalid').message).toBe(
      `Together the descriptions of “Live chat” and “Track order” are longer than ${TEXT_MAX} characters; shorten one first.`,
    );
  });
});

describe('fix/remove with rounds', () => {
  it('takes the fix out of runoffs along with its dots and tallies in every round', () => {
    const { w: start, zoe, chat, track, form } = votingRoom();
    let w = start;
    w = vote(w, [zoe, chat, 2]);
    w = apply(w, { type: 'vote/reveal', revealed: true });
    w = apply(w, { type: 'vote/runoff', fixIds: [chat, track, form], budget: 2, maxPerFix: 1 });
    w = vote(w, [zoe, chat, 1], [zoe, form, 1]);
    const removed = apply(w, { type: 'fix/remove', fixId: chat });
    expect(removed.voting.runoffs).toEqual([{ fixIds: [track, form], budget: 2, maxPerFix: 1 }]);
    expect(removed.votes).toEqual([{ participantId: zoe, fixId: form, dots: 1, round: 1 }]);
  });

  it('keeps a runoff left with one fix, and closes one left with none, back to the round before', () => {
    const { w: start, zoe, chat, track } = votingRoom();
    let w = start;
    w = apply(w, { type: 'vote/reveal', revealed: true });
    w = apply(w, { type: 'vote/runoff', fixIds: [chat, track], budget: 2, maxPerFix: 1 });
    w = vote(w, [zoe, chat, 1]);
    const one = apply(w, { type: 'fix/remove', fixId: track });
    expect(one.voting.runoffs[0]?.fixIds).toEqual([chat]);
    const none = apply(one, { type: 'fix/remove', fixId: chat });
    expect(openRound(none)).toBe(0);
    expect(none.voting.revealed).toBe(true);
    expect(none.votes).toEqual([]);
  });
});
