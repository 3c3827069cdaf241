// Fixes, participants and the dot vote: budgets are enforced wherever a vote comes from.
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import type { CommandOf } from '../../shared/reducers/common';
import { dotsSpent } from '../../shared/selectors';
import { apply, at, blank, refuse, sample } from './helpers';

/** A blank workshop with one card, two fixes and Zoë. */
function room(): Workshop {
  let w = blank();
  const teamId = at(w.teams, 0).id;
  w = apply(w, { type: 'touchpoint/add', teamId, stageId: at(w.stages, 0).id, channelId: at(w.channels, 0).id, title: 'Card' });
  const touchpointIds = [at(w.touchpoints, 0).id];
  w = apply(w, { type: 'fix/add', teamId, title: 'Shorter form', touchpointIds, pillarIds: ['time-effort'], impact: 4, effort: 2 });
  w = apply(w, { type: 'fix/add', teamId, title: 'Call back', touchpointIds: [], pillarIds: [], impact: 2, effort: 2 });
  w = apply(w, { type: 'participant/add', name: 'Zoë', teamId });
  return w;
}

const ids = (w: Workshop) => ({
  zoe: at(w.participants, 0).id,
  form: at(w.fixes, 0).id,
  callBack: at(w.fixes, 1).id,
});

describe('fixes', () => {
  it('adds a fix, dropping repeated links', () => {
    let w = room();
    const teamId = at(w.teams, 0).id;
    const card = at(w.touchpoints, 0).id;
    w = apply(w, { type: 'fix/add', teamId, title: 'Chat', description: 'Open chat', touchpointIds: [card, card], pillarIds: ['empathy', 'empathy'], impact: 3, effort: 3 });
    expect(at(w.fixes, 2)).toMatchObject({ title: 'Chat', description: 'Open chat', touchpointIds: [card], pillarIds: ['empathy'] });
  });

  it('updates only the fields given', () => {
    const w = room();
    const fix = at(w.fixes, 0);
    const next = apply(w, { type: 'fix/update', fixId: fix.id, impact: 5, pillarIds: ['integrity'] });
    expect(at(next.fixes, 0)).toEqual({ ...fix, impact: 5, pillarIds: ['integrity'] });
  });

  it('refuses links to things that do not exist, and impact off the scale', () => {
    const w = room();
    const teamId = at(w.teams, 0).id;
    const base: CommandOf<'fix/add'> = { type: 'fix/add', teamId, title: 'X', touchpointIds: [], pillarIds: [], impact: 3, effort: 3 };
    refuse(w, { ...base, teamId: 'gone' }, 'not-found');
    refuse(w, { ...base, touchpointIds: ['gone'] }, 'not-found');
    refuse(w, { ...base, pillarIds: ['speed'] }, 'not-found');
    refuse(w, { ...base, impact: 6 }, 'invalid');
    refuse(w, { ...base, title: ' ' }, 'invalid');
    refuse(w, { type: 'fix/update', fixId: 'gone', title: 'Y' }, 'not-found');
    refuse(w, { type: 'fix/update', fixId: ids(w).form, touchpointIds: ['gone'] }, 'not-found');
    refuse(w, { type: 'fix/remove', fixId: 'gone' }, 'not-found');
  });

  it('removing a fix takes its dots and unlinks its actions', () => {
    let w = room();
    const { zoe, form } = ids(w);
    w = apply(w, { type: 'vote/set', participantId: zoe, fixId: form, dots: 2 });
    w = apply(w, { type: 'action/add', fixId: form, title: 'Do it', owner: 'Ann', dueDate: '', pillarId: null, touchpointId: null });
    w = apply(w, { type: 'fix/remove', fixId: form });
    expect(w.votes).toEqual([]);
    expect(at(w.actions, 0)).toMatchObject({ title: 'Do it', fixId: null });
  });
});

describe('participants', () => {
  it('adds people with names in any script and refuses a duplicate', () => {
    let w = room();
    const teamId = at(w.teams, 0).id;
    w = apply(w, { type: 'participant/add', name: 'Παναγιώτα', teamId });
    expect(w.participants.map((p) => p.name)).toEqual(['Zoë', 'Παναγιώτα']);
    expect(refuse(w, { type: 'participant/add', name: 'zoë', teamId }, 'conflict').message).toMatch(/already a participant called “zoë”/);
    refuse(w, { type: 'participant/add', name: 'Ann', teamId: 'gone' }, 'not-found');
  });

  it('removing a participant takes back their dots', () => {
    let w = room();
    const { zoe, form } = ids(w);
    w = apply(w, { type: 'vote/set', participantId: zoe, fixId: form, dots: 1 });
    w = apply(w, { type: 'participant/remove', participantId: zoe });
    expect(w.votes).toEqual([]);
    refuse(w, { type: 'participant/remove', participantId: zoe }, 'not-found');
  });
});

describe('vote/set', () => {
  it('sets, changes and takes back dots', () => {
    let w = room();
    const { zoe, form, callBack } = ids(w);
    w = apply(w, { type: 'vote/set', participantId: zoe, fixId: form, dots: 3 });
    w = apply(w, { type: 'vote/set', participantId: zoe, fixId: callBack, dots: 2 });
    expect(dotsSpent(w, zoe)).toBe(5);
    w = apply(w, { type: 'vote/set', participantId: zoe, fixId: form, dots: 1 });
    expect(dotsSpent(w, zoe)).toBe(3);
    w = apply(w, { type: 'vote/set', participantId: zoe, fixId: form, dots: 0 });
    expect(w.votes).toEqual([{ participantId: zoe, fixId: callBack, dots: 2, round: 0 }]);
  });

  it('refuses going over the budget, saying how many dots are left', () => {
    let w = room();
    const { zoe, form, callBack } = ids(w);
    w = apply(w, { type: 'vote/set', participantId: zoe, fixId: form, dots: 3 });
    w = apply(w, { type: 'vote/set', participantId: zoe, fixId: callBack, dots: 1 });
    expect(refuse(w, { type: 'vote/set', participantId: zoe, fixId: callBack, dots: 3 }, 'over-budget').message).toBe(
      'Zoë has 1 dot left; this would need 2.',
    );
  });

  it('refuses more than the per-fix cap', () => {
    const w = room();
    const { zoe, form } = ids(w);
    expect(refuse(w, { type: 'vote/set', participantId: zoe, fixId: form, dots: 4 }, 'over-budget').message).toBe(
      'At most 3 dots can go on one fix.',
    );
  });

  it('refuses unknown people and fixes, and negative dots', () => {
    const w = room();
    const { zoe, form } = ids(w);
    refuse(w, { type: 'vote/set', participantId: 'gone', fixId: form, dots: 1 }, 'not-found');
    refuse(w, { type: 'vote/set', participantId: zoe, fixId: 'gone', dots: 1 }, 'not-found');
    refuse(w, { type: 'vote/set', participantId: zoe, fixId: form, dots: -1 }, 'invalid');
  });
});

describe('voting/configure and vote/reveal', () => {
  it('changes the limits, only the ones given', () => {
    const w = apply(room(), { type: 'voting/configure', budget: 8 });
    expect(w.voting).toMatchObject({ budget: 8, maxPerFix: 3, revealed: false, secret: true });
  });

  it('fixes the rules once anyone has voted, until the vote is reset', () => {
    let w = room();
    const { zoe, form } = ids(w);
    w = apply(w, { type: 'vote/set', participantId: zoe, fixId: form, dots: 3 });
    expect(refuse(w, { type: 'voting/configure', budget: 8 }, 'conflict').message).toBe(
      'Voting has started, so its rules are fixed. Reset the vote to change them (this clears every dot).',
    );
    refuse(w, { type: 'voting/configure', mode: 'tally' }, 'conflict');
    refuse(w, { type: 'voting/configure', secret: false }, 'conflict');
    // Saying the rules again changes nothing, so it is not refused.
    expect(apply(w, { type: 'voting/configure', budget: 5, maxPerFix: 3 }).voting).toBe(w.voting);
    w = apply(w, { type: 'voting/reset' });
    expect(w.votes).toEqual([]);
    expect(apply(w, { type: 'voting/configure', budget: 8 }).voting.budget).toBe(8);
  });

  it('reveals and hides results', () => {
    const w = apply(sample(), { type: 'vote/reveal', revealed: true });
    expect(w.voting.revealed).toBe(true);
    expect(apply(w, { type: 'vote/reveal', revealed: false }).voting.revealed).toBe(false);
  });
});

describe('handing a fix to another proposing team', () => {
  /** Two teams, own-team voting off: Ama of Front line puts dots on Back office's fix. */
  function twoTeams(): { w: Workshop; backOffice: string; frontLine: string; ama: string; form: string; callBack: string } {
    const start = room();
    let w = apply(start, { type: 'team/rename', teamId: at(start.teams, 0).id, name: 'Back office' });
    w = apply(w, { type: 'team/add', name: 'Front line' });
    w = apply(w, { type: 'voting/configure', ownTeamVoting: false });
    const backOffice = at(w.teams, 0).id;
    const frontLine = at(w.teams, 1).id;
    w = apply(w, { type: 'participant/add', name: 'Ama Mensah', teamId: frontLine });
    const ama = at(w.participants, 1).id;
    return { w, backOffice, frontLine, ama, form: ids(w).form, callBack: ids(w).callBack };
  }

  it('changes the proposing team, and undo gives the fix back to the team before', () => {
    const { w, frontLine } = twoTeams();
    const fix = at(w.fixes, 0);
    // apply() also checks that the inverse restores the fix with its first team.
    const next = apply(w, { type: 'fix/update', fixId: fix.id, teamId: frontLine, title: 'Shorter sign-up form' });
    expect(at(next.fixes, 0)).toEqual({ ...fix, teamId: frontLine, title: 'Shorter sign-up form' });
    expect(next.fixes[1]).toBe(w.fixes[1]);
  });

  it('refuses a team that does not exist', () => {
    const { w, form } = twoTeams();
    refuse(w, { type: 'fix/update', fixId: form, teamId: 'gone' }, 'not-found');
  });

  it('refuses, naming them, when someone of the new team already has dots on the fix', () => {
    const room2 = twoTeams();
    const { frontLine, ama, form } = room2;
    let { w } = room2;
    w = apply(w, { type: 'vote/set', participantId: ama, fixId: form, dots: 2 });
    expect(refuse(w, { type: 'fix/update', fixId: form, teamId: frontLine }, 'conflict').message).toBe(
      'Ama Mensah of Front line already has dots on this fix, and teams may not vote for their own fixes. Ask them to take those dots back first, or keep the fix with its present team.',
    );
  });

  it('counts dots from an earlier round too', () => {
    const room2 = twoTeams();
    const { frontLine, ama, form, callBack } = room2;
    let { w } = room2;
    w = apply(w, { type: 'vote/set', participantId: ama, fixId: form, dots: 1 });
    w = apply(w, { type: 'vote/reveal', revealed: true });
    w = apply(w, { type: 'vote/runoff', fixIds: [form, callBack], budget: 2, maxPerFix: 1 });
    refuse(w, { type: 'fix/update', fixId: form, teamId: frontLine }, 'conflict');
  });

  it('allows it when own-team voting is on, or when the new team has no dots on the fix', () => {
    const { w, frontLine, ama, form, callBack } = twoTeams();
    const elsewhere = apply(w, { type: 'vote/set', participantId: ama, fixId: callBack, dots: 2 });
    expect(at(apply(elsewhere, { type: 'fix/update', fixId: form, teamId: frontLine }).fixes, 0).teamId).toBe(frontLine);
    let open = apply(w, { type: 'voting/configure', ownTeamVoting: true });
    open = apply(open, { type: 'vote/set', participantId: ama, fixId: form, dots: 2 });
    expect(at(apply(open, { type: 'fix/update', fixId: form, teamId: frontLine }).fixes, 0).teamId).toBe(frontLine);
  });
});
