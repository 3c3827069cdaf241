// Tally mode: dots counted on the wall, typed in per fix, bounded by what the room's voters could have placed.
import { describe, expect, it } from 'vitest';
import { dotsByFix, votersWhoVoted } from '../../shared/selectors';
import { apply, at, blank, refuse } from './helpers';
import { votingRoom } from './voting-room';

/** The voting room in tally mode with 4 voters: 5 dots each, at most 3 on one fix. */
function tallyRoom() {
  const room = votingRoom();
  const w = apply(room.w, { type: 'voting/configure', mode: 'tally', tallyVoters: 4 });
  return { ...room, w };
}

describe('vote/tally', () => {
  it('sets, changes and clears the count for a fix in the open round', () => {
    const { w: start, chat, track } = tallyRoom();
    let w = start;
    w = apply(w, { type: 'vote/tally', fixId: chat, dots: 7 });
    w = apply(w, { type: 'vote/tally', fixId: track, dots: 5 });
    w = apply(w, { type: 'vote/tally', fixId: chat, dots: 9 });
    expect(w.tallies).toEqual([{ fixId: chat, dots: 9, round: 0 }, { fixId: track, dots: 5, round: 0 }]);
    expect(dotsByFix(w).get(chat)).toBe(9);
    expect(votersWhoVoted(w)).toBe(4);
    w = apply(w, { type: 'vote/tally', fixId: chat, dots: 0 });
    expect(w.tallies).toEqual([{ fixId: track, dots: 5, round: 0 }]);
  });

  it('refuses a count one fix could not have had, and a round total above everyone’s dots', () => {
    const { w: start, form, callBack, chat, track } = tallyRoom();
    let w = start;
    expect(refuse(w, { type: 'vote/tally', fixId: chat, dots: 13 }, 'over-budget').message).toBe(
      '“Live chat” can have at most 12 dots: 4 people with at most 3 dots each on one fix.',
    );
    w = apply(w, { type: 'vote/tally', fixId: chat, dots: 12 });
    w = apply(w, { type: 'vote/tally', fixId: track, dots: 6 });
    expect(refuse(w, { type: 'vote/tally', fixId: form, dots: 3 }, 'over-budget').message).toBe(
      'That would make 21 dots in all, but 4 people have only 20 dots between them.',
    );
    w = apply(w, { type: 'vote/tally', fixId: form, dots: 2 });
    // Lowering a count is always possible.
    expect(apply(w, { type: 'vote/tally', fixId: callBack, dots: 0 }).tallies).toBe(w.tallies);
  });

  it('counts the participants as voters when no number is set, and asks for one when there are none', () => {
    const { w, chat } = votingRoom();
    const byPeople = apply(w, { type: 'voting/configure', mode: 'tally' });
    expect(refuse(byPeople, { type: 'vote/tally', fixId: chat, dots: 10 }, 'over-budget').message).toMatch(/at most 9 dots: 3 people/);
    let empty = blank();
    empty = apply(empty, { type: 'fix/add', teamId: at(empty.teams, 0).id, title: 'Chat', touchpointIds: [], pillarIds: [], impact: 3, effort: 3 });
    empty = apply(empty, { type: 'voting/configure', mode: 'tally' });
    expect(refuse(empty, { type: 'vote/tally', fixId: at(empty.fixes, 0).id, dots: 1 }, 'conflict').message).toBe(
      'Say how many people voted first: add the participants, or set the number of voters in the vote settings.',
    );
  });

  it('refuses in ballot mode, unknown fixes, and fixes outside the runoff', () => {
    const ballots = votingRoom();
    expect(refuse(ballots.w, { type: 'vote/tally', fixId: ballots.chat, dots: 1 }, 'conflict').message).toBe(
      "This vote uses personal ballots, so dots are set on each person's ballot rather than tallied.",
    );
    const { w: start, form, chat, track } = tallyRoom();
    let w = start;
    refuse(w, { type: 'vote/tally', fixId: 'gone', dots: 1 }, 'not-found');
    w = apply(w, { type: 'vote/tally', fixId: chat, dots: 5 });
    w = apply(w, { type: 'vote/reveal', revealed: true });
    w = apply(w, { type: 'vote/runoff', fixIds: [chat, track], budget: 1, maxPerFix: 1 });
    refuse(w, { type: 'vote/tally', fixId: form, dots: 1 }, 'conflict');
    refuse(w, { type: 'vote/tally', fixId: chat, dots: 5 }, 'over-budget'); // 4 voters × 1 dot
    refuse(w, { type: 'vote/tally', fixId: chat, dots: 1, round: 0 }, 'conflict');
    w = apply(w, { type: 'vote/tally', fixId: chat, dots: 3 });
    expect(w.tallies).toEqual([{ fixId: chat, dots: 5, round: 0 }, { fixId: chat, dots: 3, round: 1 }]);
  });
});
