// Personal dots: one fix at a time or a whole ballot, in the open round, under its rules.
import { describe, expect, it } from 'vitest';
import { clientCommandSchema, type ClientCommand } from '../../shared/commands';
import { applyCommand, validateCommand } from '../../shared/reducer';
import { ballotOf, dotsSpent } from '../../shared/selectors';
import { requestSchemas } from '../../shared/wire';
import { apply, refuse, testContext } from './helpers';
import { vote, votingRoom } from './voting-room';

describe('vote/set', () => {
  it('refuses in tally mode, saying how this vote is counted', () => {
    const { w: start, zoe, chat } = votingRoom();
    let w = start;
    w = apply(w, { type: 'voting/configure', mode: 'tally' });
    expect(refuse(w, { type: 'vote/set', participantId: zoe, fixId: chat, dots: 1 }, 'conflict').message).toBe(
      'This vote is counted from the wall, so dots are typed in as tallies rather than per person.',
    );
  });

  it("keeps people off their own team's fixes when the room chose that, but lets them take dots back", () => {
    const { w: start, zoe, form, chat } = votingRoom();
    let w = start;
    w = apply(w, { type: 'voting/configure', ownTeamVoting: false });
    expect(refuse(w, { type: 'vote/set', participantId: zoe, fixId: form, dots: 1 }, 'conflict').message).toBe(
      "Zoë cannot put dots on “Shorter form”: in this vote nobody votes for their own team's fixes.",
    );
    w = vote(w, [zoe, chat, 2], [zoe, chat, 0]);
    expect(w.votes).toEqual([]);
  });

  it("in a runoff, takes only the runoff's fixes and uses its budget and cap", () => {
    const { w: start, zoe, form, chat, track } = votingRoom();
    let w = start;
    w = vote(w, [zoe, form, 3], [zoe, chat, 2]);
    w = apply(w, { type: 'vote/reveal', revealed: true });
    w = apply(w, { type: 'vote/runoff', fixIds: [chat, track], budget: 3, maxPerFix: 2 });
    expect(refuse(w, { type: 'vote/set', participantId: zoe, fixId: form, dots: 1 }, 'conflict').message).toBe(
      '“Shorter form” is not in this runoff: only its 2 fixes can get dots now.',
    );
    expect(refuse(w, { type: 'vote/set', participantId: zoe, fixId: chat, dots: 3 }, 'over-budget').message).toBe(
      'At most 2 dots can go on one fix in this runoff.',
    );
    w = vote(w, [zoe, chat, 2]);
    expect(refuse(w, { type: 'vote/set', participantId: zoe, fixId: track, dots: 2 }, 'over-budget').message).toBe(
      'Zoë has 1 dot left; this would need 2.',
    );
    w = vote(w, [zoe, track, 1]);
    // Her first-round ballot is untouched: the same fix holds dots in two rounds without counting twice.
    expect(Object.fromEntries(ballotOf(w, zoe, 0))).toEqual({ [form]: 3, [chat]: 2 });
    expect(Object.fromEntries(ballotOf(w, zoe))).toEqual({ [chat]: 2, [track]: 1 });
    expect(dotsSpent(w, zoe)).toBe(3);
  });
});

describe('ballot/cast', () => {
  it("replaces the participant's whole ballot in the open round, dropping zeros", () => {
    const { w: start, zoe, ana, form, chat, track } = votingRoom();
    let w = start;
    w = vote(w, [zoe, form, 3], [ana, chat, 1]);
    w = apply(w, { type: 'ballot/cast', participantId: zoe, dots: { [chat]: 2, [track]: 3, [form]: 0 } });
    expect(Object.fromEntries(ballotOf(w, zoe))).toEqual({ [chat]: 2, [track]: 3 });
    expect(Object.fromEntries(ballotOf(w, ana))).toEqual({ [chat]: 1 });
    w = apply(w, { type: 'ballot/cast', participantId: zoe, dots: {} });
    expect(ballotOf(w, zoe).size).toBe(0);
  });

  it('casting the same ballot again changes nothing', () => {
    const { w: start, zoe, chat, track } = votingRoom();
    let w = start;
    w = apply(w, { type: 'ballot/cast', participantId: zoe, dots: { [chat]: 2, [track]: 1 } });
    const again = applyCommand(w, { type: 'ballot/cast', participantId: zoe, dots: { [track]: 1, [chat]: 2 } }, testContext());
    expect(again.ok && again.state.votes).toBe(w.votes);
  });

  it('refuses the whole ballot when any part breaks a rule, keeping the old one', () => {
    const { w: start, zoe, form, chat, track, callBack } = votingRoom();
    let w = start;
    w = vote(w, [zoe, form, 1]);
    const cast = (dots: Record<string, number>) => ({ type: 'ballot/cast' as const, participantId: zoe, dots });
    expect(refuse(w, cast({ [chat]: 3, [track]: 3 }), 'over-budget').message).toBe(
      "Zoë's ballot has 6 dots, but each person has 5 dots to spend.",
    );
    expect(refuse(w, cast({ [chat]: 4 }), 'over-budget').message).toBe(
      "Zoë's ballot puts 4 dots on “Live chat”, but at most 3 dots can go on one fix.",
    );
    expect(refuse(w, cast({ [chat]: 1, gone: 1 }), 'not-found').message).toBe(
      'One of the fixes on this ballot no longer exists — it may have been deleted.',
    );
    refuse(w, { type: 'ballot/cast', participantId: 'gone', dots: { [chat]: 1 } }, 'not-found');
    // The fix's id is no help to a person: the sentence names the field.
    expect(refuse(w, cast({ [chat]: 51 }), 'invalid').message).toBe('Dots must be at most 50.');
    const ownTeamOff = apply(apply(w, { type: 'vote/set', participantId: zoe, fixId: form, dots: 0 }), {
      type: 'voting/configure',
      ownTeamVoting: false,
    });
    refuse(ownTeamOff, cast({ [chat]: 1, [callBack]: 1 }), 'conflict');
    const tally = apply(apply(w, { type: 'voting/reset' }), { type: 'voting/configure', mode: 'tally' });
    refuse(tally, cast({ [chat]: 1 }), 'conflict');
  });
});

describe('a ballot that arrives as text', () => {
  /** Zoë with 2 dots on "Live chat", and the ballot/cast text that names `dots` as given. */
  function roomWithDots(dots: string) {
    const room = votingRoom();
    const w = vote(room.w, [room.zoe, room.chat, 2]);
    return { ...room, w, text: `{"type":"ballot/cast","participantId":"${room.zoe}","dots":${dots}}` };
  }

  it('refuses a "__proto__" key, which would otherwise read as an empty ballot and wipe the voter’s dots', () => {
    const { w, zoe, text } = roomWithDots('{"__proto__":3}');
    expect(clientCommandSchema.safeParse(JSON.parse(text)).success).toBe(false);
    expect(validateCommand(JSON.parse(text))).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'Dots: “__proto__” is not the id of any fix.' },
    });
    // Handed straight to applyCommand, past the wire, it is refused all the same: Zoë keeps her dots,
    // which the empty ballot zod would have made of it clears.
    const result = applyCommand(w, JSON.parse(text) as ClientCommand, testContext());
    expect(result).toEqual({ ok: false, error: { code: 'invalid', message: 'Dots: “__proto__” is not the id of any fix.' } });
    expect(dotsSpent(w, zoe)).toBe(2);
    expect(dotsSpent(apply(w, { type: 'ballot/cast', participantId: zoe, dots: {} }), zoe)).toBe(0);
  });

  it('refuses it beside real fixes too, and inside a dispatch request', () => {
    const { chat, text } = roomWithDots('{"__proto__":1}');
    const mixed = text.replace('{"__proto__":1}', `{"${chat}":1,"__proto__":1}`);
    expect(clientCommandSchema.safeParse(JSON.parse(mixed)).success).toBe(false);
    const request = `{"workshopId":"w","command":${text},"mutation":{"clientId":"page","n":1}}`;
    expect(requestSchemas['workshop/dispatch'].safeParse(JSON.parse(request)).success).toBe(false);
  });

  it('reads "constructor" and "prototype" as ids, which name no fix, so the ballot is refused and the dots stay', () => {
    for (const key of ['constructor', 'prototype']) {
      const { w, zoe, text } = roomWithDots(`{"${key}":1}`);
      const checked = validateCommand(JSON.parse(text));
      if (!checked.ok) throw new Error(checked.error.message);
      expect(refuse(w, checked.command, 'not-found').message).toBe(
        'One of the fixes on this ballot no longer exists — it may have been deleted.',
      );
      expect(dotsSpent(w, zoe)).toBe(2);
    }
  });
});
