// The vote's rules and rounds: settings fixed once voting starts, reset, reveal, runoffs and cancelling them.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/reducer';
import { dotsLeft, dotsSpent, openRound, roundRules } from '../../shared/selectors';
import { apply, content, refuse, testContext } from './helpers';
import { vote, votingRoom } from './voting-room';

const FIXED = 'Voting has started, so its rules are fixed. Reset the vote to change them (this clears every dot).';

describe('voting/configure', () => {
  it('sets every rule before anyone votes, only the ones given', () => {
    const { w } = votingRoom();
    const next = apply(w, { type: 'voting/configure', ownTeamVoting: false, secret: false, mode: 'tally', tallyVoters: 12 });
    expect(next.voting).toEqual({ ...w.voting, ownTeamVoting: false, secret: false, mode: 'tally', tallyVoters: 12 });
  });

  it('refuses any change once a dot is cast, and once a dot is tallied', () => {
    const { w, zoe, chat } = votingRoom();
    const voted = vote(w, [zoe, chat, 1]);
    for (const change of [{ budget: 6 }, { maxPerFix: 2 }, { ownTeamVoting: false }, { secret: false }, { mode: 'tally' as const }, { tallyVoters: 3 }]) {
      expect(refuse(voted, { type: 'voting/configure', ...change }, 'conflict').message).toBe(FIXED);
    }
    const tallied = apply(apply(w, { type: 'voting/configure', mode: 'tally' }), { type: 'vote/tally', fixId: chat, dots: 4 });
    expect(refuse(tallied, { type: 'voting/configure', budget: 6 }, 'conflict').message).toBe(FIXED);
  });
});

describe('voting/reset', () => {
  it('clears every dot, tally and runoff and hides the results, keeping the rules; undo brings it all back', () => {
    const { w: start, zoe, lukasz, form, chat } = votingRoom();
    let w = start;
    w = vote(w, [zoe, chat, 2], [lukasz, form, 1]);
    w = apply(w, { type: 'vote/reveal', revealed: true });
    w = apply(w, { type: 'vote/runoff', fixIds: [form, chat], budget: 2, maxPerFix: 1 });
    w = vote(w, [zoe, form, 1]);
    const reset = apply(w, { type: 'voting/reset' }); // apply also checks the undo
    expect(reset.votes).toEqual([]);
    expect(reset.tallies).toEqual([]);
    expect(reset.voting).toEqual({ ...w.voting, runoffs: [], revealed: false });
  });

  it('changes nothing when there is nothing to clear', () => {
    const { w } = votingRoom();
    const result = applyCommand(w, { type: 'voting/reset' }, testContext());
    expect(result.ok && result.changes.records).toEqual({});
  });
});

describe('vote/runoff', () => {
  function revealed() {
    const room = votingRoom();
    const { zoe, ana, lukasz, form, chat, track } = room;
    let w = vote(room.w, [zoe, chat, 3], [ana, track, 3], [lukasz, form, 2]);
    w = apply(w, { type: 'vote/reveal', revealed: true });
    return { ...room, w };
  }

  it('opens a new round among the chosen fixes with its own rules, hiding results again', () => {
    const { w, zoe, chat, track } = revealed();
    const next = apply(w, { type: 'vote/runoff', fixIds: [chat, track, chat], budget: 2, maxPerFix: 1 });
    expect(next.voting.runoffs).toEqual([{ fixIds: [chat, track], budget: 2, maxPerFix: 1 }]);
    expect(next.voting.revealed).toBe(false);
    expect(openRound(next)).toBe(1);
    expect(roundRules(next, 1)).toEqual({ budget: 2, maxPerFix: 1 });
    // Zoë's three first-round dots stay in the first round; she has the runoff's two to spend.
    expect(dotsSpent(next, zoe, 0)).toBe(3);
    expect(dotsLeft(next, zoe)).toBe(2);
  });

  it('refuses while the results are hidden', () => {
    const { w, chat, track } = votingRoom();
    expect(refuse(w, { type: 'vote/runoff', fixIds: [chat, track], budget: 2, maxPerFix: 1 }, 'conflict').message).toBe(
      'Reveal the results first: a runoff is chosen from results everyone can see.',
    );
  });

  it('is allowed in an open (not secret) vote without revealing', () => {
    const { w: start, chat, track } = votingRoom();
    let w = start;
    w = apply(w, { type: 'voting/configure', secret: false });
    expect(apply(w, { type: 'vote/runoff', fixIds: [chat, track], budget: 2, maxPerFix: 1 }).voting.runoffs).toHaveLength(1);
  });

  it('refuses fewer than two different fixes, unknown fixes, and fixes outside the open round', () => {
    const { w, form, chat, track } = revealed();
    expect(refuse(w, { type: 'vote/runoff', fixIds: [chat, chat], budget: 2, maxPerFix: 1 }, 'invalid').message).toBe(
      'A runoff needs at least two different fixes.',
    );
    expect(refuse(w, { type: 'vote/runoff', fixIds: [chat], budget: 2, maxPerFix: 1 }, 'invalid').message).toBe(
      'Fixes: A runoff needs at least two fixes.',
    );
    refuse(w, { type: 'vote/runoff', fixIds: [chat, 'gone'], budget: 2, maxPerFix: 1 }, 'not-found');
    let runoff = apply(w, { type: 'vote/runoff', fixIds: [chat, track], budget: 2, maxPerFix: 1 });
    runoff = apply(runoff, { type: 'vote/reveal', revealed: true });
    expect(refuse(runoff, { type: 'vote/runoff', fixIds: [chat, form], budget: 1, maxPerFix: 1 }, 'conflict').message).toBe(
      '“Shorter form” is not in the round open now, so it cannot go into the runoff.',
    );
  });

  it('allows at most ten runoffs', () => {
    const { w: start, chat, track } = revealed();
    let w = start;
    for (let i = 0; i < 10; i += 1) {
      w = apply(w, { type: 'vote/runoff', fixIds: [chat, track], budget: 2, maxPerFix: 1 });
      w = apply(w, { type: 'vote/reveal', revealed: true });
    }
    expect(refuse(w, { type: 'vote/runoff', fixIds: [chat, track], budget: 2, maxPerFix: 1 }, 'conflict').message).toBe(
      'A vote can have at most 10 runoffs. Reset the vote to start again.',
    );
  });
});

describe('vote/cancel-runoff', () => {
  it("goes back to the round before, dropping only the runoff's dots, with its results on show", () => {
    const { w: start, zoe, lukasz, chat, track } = votingRoom();
    let w = start;
    w = vote(w, [zoe, chat, 3], [lukasz, track, 1]);
    w = apply(w, { type: 'vote/reveal', revealed: true });
    const before = w;
    w = apply(w, { type: 'vote/runoff', fixIds: [chat, track], budget: 2, maxPerFix: 2 });
    w = vote(w, [zoe, track, 2]);
    const cancelled = apply(w, { type: 'vote/cancel-runoff' });
    expect(content(cancelled)).toEqual(content(before));
    expect(openRound(cancelled)).toBe(0);
  });

  it('refuses when no runoff is open', () => {
    const { w } = votingRoom();
    expect(refuse(w, { type: 'vote/cancel-runoff' }, 'conflict').message).toBe('There is no runoff to cancel.');
  });
});

describe('a device showing another round', () => {
  it('is told the round closed, or that the runoff was cancelled, and nothing changes', () => {
    const { w: start, zoe, chat, track } = votingRoom();
    let w = start;
    w = apply(w, { type: 'vote/reveal', revealed: true });
    w = apply(w, { type: 'vote/runoff', fixIds: [chat, track], budget: 2, maxPerFix: 1 });
    expect(refuse(w, { type: 'vote/set', participantId: zoe, fixId: chat, dots: 1, round: 0 }, 'conflict').message).toBe(
      'That round has closed: the room is now voting in the runoff.',
    );
    refuse(w, { type: 'ballot/cast', participantId: zoe, dots: { [chat]: 1 }, round: 0 }, 'conflict');
    expect(refuse(w, { type: 'vote/set', participantId: zoe, fixId: chat, dots: 1, round: 2 }, 'conflict').message).toBe(
      'That runoff was cancelled: the room is back to the round before it.',
    );
    expect(apply(w, { type: 'vote/set', participantId: zoe, fixId: chat, dots: 1, round: 1 }).votes).toEqual([
      { participantId: zoe, fixId: chat, dots: 1, round: 1 },
    ]);
  });
});

describe('vote/reveal', () => {
  it('reveals and hides the open round', () => {
    const { w } = votingRoom();
    const shown = apply(w, { type: 'vote/reveal', revealed: true });
    expect(shown.voting.revealed).toBe(true);
    expect(apply(shown, { type: 'vote/reveal', revealed: false }).voting.revealed).toBe(false);
  });
});
