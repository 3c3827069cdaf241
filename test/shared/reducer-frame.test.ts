// The frame of a workshop: title and framing, phase, stages, channels, teams.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/reducer';
import { apply, at, blank, refuse, sample, testContext } from './helpers';

describe('workshop/update and phase/set', () => {
  it('changes only the fields given, trimming names', () => {
    const w = apply(blank(), { type: 'workshop/update', title: '  Broadband  ', persona: 'Movers' });
    expect(w.title).toBe('Broadband');
    expect(w.persona).toBe('Movers');
    expect(w.scope).toBe('');
  });

  it('records only the changed fields, with their values before and after', () => {
    const result = applyCommand(blank(), { type: 'workshop/update', title: 'New' }, testContext());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.changes.records).toEqual({});
    expect(result.changes.fields.title).toEqual({ before: 'Test journey', after: 'New' });
    expect(Object.keys(result.changes.fields).sort()).toEqual(['title', 'updatedAt']);
  });

  it('accepts a change that changes nothing, recording only the time', () => {
    const w = blank();
    const result = applyCommand(w, { type: 'workshop/update', title: w.title }, testContext());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.changes.records).toEqual({});
    expect(Object.keys(result.changes.fields)).toEqual(['updatedAt']);
  });

  it('refuses an empty or overlong title', () => {
    expect(refuse(blank(), { type: 'workshop/update', title: '   ' }, 'invalid').message).toBe(
      'Title: A name cannot be empty.',
    );
    expect(refuse(blank(), { type: 'workshop/update', title: 'x'.repeat(200) }, 'invalid').message).toBe(
      'Title: Keep names to 120 characters or fewer.',
    );
  });

  it('opens a phase', () => {
    expect(apply(blank(), { type: 'phase/set', phase: 'rate' }).phase).toBe('rate');
  });

  it('never mutates the workshop it was given', () => {
    const w = Object.freeze(blank());
    const result = applyCommand(w, { type: 'stage/add', name: 'Pay' }, testContext());
    expect(result.ok).toBe(true);
    expect(w.stages).toHaveLength(7);
  });
});

describe('stages and channels', () => {
  it('adds a stage at a position, or at the end', () => {
    let w = apply(blank(), { type: 'stage/add', name: 'Compare', index: 1 });
    expect(w.stages.map((s) => s.name).slice(0, 3)).toEqual(['Discover', 'Compare', 'Choose']);
    w = apply(w, { type: 'stage/add', name: 'Leave a review', index: w.stages.length });
    expect(at(w.stages, w.stages.length - 1).name).toBe('Leave a review');
    w = apply(w, { type: 'stage/add', name: 'Recommend' });
    expect(at(w.stages, w.stages.length - 1).name).toBe('Recommend');
  });

  it('refuses a position past the end when adding, saying how many there are', () => {
    const w = blank();
    expect(w.stages).toHaveLength(7);
    expect(refuse(w, { type: 'stage/add', name: 'Leave a review', index: 8 }, 'invalid').message).toBe(
      'There is no position 9 among the stages; there are 7.',
    );
    const channels = w.channels.length;
    expect(refuse(w, { type: 'channel/add', name: 'Post', index: 99 }, 'invalid').message).toBe(
      `There is no position 100 among the channels; there are ${channels}.`,
    );
  });

  it('refuses a duplicate stage name whatever the case', () => {
    expect(refuse(blank(), { type: 'stage/add', name: ' BUY ' }, 'conflict').message).toMatch(/already a stage called “BUY”/);
  });

  it('renames a stage, refusing another stage’s name but allowing a case change of its own', () => {
    const w = blank();
    const buy = at(w.stages, 2);
    refuse(w, { type: 'stage/rename', stageId: buy.id, name: 'discover' }, 'conflict');
    expect(apply(w, { type: 'stage/rename', stageId: buy.id, name: 'BUY' }).stages[2]?.name).toBe('BUY');
  });

  it('moves a stage to the last position, and refuses one past it', () => {
    const w = blank();
    const first = at(w.stages, 0);
    const moved = apply(w, { type: 'stage/move', stageId: first.id, toIndex: 6 });
    expect(moved.stages.map((s) => s.name)).toEqual(['Choose', 'Buy', 'Receive', 'Use', 'Get help', 'Renew or leave', 'Discover']);
    expect(refuse(w, { type: 'stage/move', stageId: first.id, toIndex: 7 }, 'invalid').message).toBe(
      'There is no position 8 among the stages; there are 7.',
    );
    const channel = at(w.channels, 0);
    refuse(w, { type: 'channel/move', channelId: channel.id, toIndex: w.channels.length }, 'invalid');
  });

  it('removes a stage with its cards, their ratings and every link to them', () => {
    const w = sample();
    const stage = at(w.stages, 5); // Get help
    const cards = new Set(w.touchpoints.filter((t) => t.stageId === stage.id).map((t) => t.id));
    expect(cards.size).toBeGreaterThan(0);
    const next = apply(w, { type: 'stage/remove', stageId: stage.id });
    expect(next.stages.some((s) => s.id === stage.id)).toBe(false);
    expect(next.touchpoints.some((t) => cards.has(t.id))).toBe(false);
    expect(next.ratings.some((r) => cards.has(r.touchpointId))).toBe(false);
    expect(next.fixes.flatMap((f) => f.touchpointIds).some((id) => cards.has(id))).toBe(false);
    expect(next.actions.some((a) => a.touchpointId !== null && cards.has(a.touchpointId))).toBe(false);
    expect(next.actions).toHaveLength(w.actions.length);
  });

  it('does the same for channels', () => {
    const w = sample();
    const phone = at(w.channels, 2);
    let next = apply(w, { type: 'channel/add', name: 'Post', index: 0 });
    expect(at(next.channels, 0).name).toBe('Post');
    next = apply(next, { type: 'channel/rename', channelId: phone.id, name: 'Telephone' });
    next = apply(next, { type: 'channel/move', channelId: phone.id, toIndex: 0 });
    expect(at(next.channels, 0).name).toBe('Telephone');
    next = apply(next, { type: 'channel/remove', channelId: phone.id });
    expect(next.touchpoints.some((t) => t.channelId === phone.id)).toBe(false);
    refuse(next, { type: 'channel/add', name: 'web' }, 'conflict');
  });

  it('says plainly when a stage or channel is gone', () => {
    expect(refuse(blank(), { type: 'stage/rename', stageId: 'gone', name: 'X' }, 'not-found').message).toBe(
      'That stage no longer exists — it may have been deleted.',
    );
    refuse(blank(), { type: 'stage/move', stageId: 'gone', toIndex: 0 }, 'not-found');
    refuse(blank(), { type: 'stage/remove', stageId: 'gone' }, 'not-found');
    refuse(blank(), { type: 'channel/rename', channelId: 'gone', name: 'X' }, 'not-found');
    refuse(blank(), { type: 'channel/move', channelId: 'gone', toIndex: 0 }, 'not-found');
    refuse(blank(), { type: 'channel/remove', channelId: 'gone' }, 'not-found');
  });

  it('stops at 30 stages', () => {
    let w = blank();
    for (let i = 0; i < 23; i += 1) w = apply(w, { type: 'stage/add', name: `Extra ${i}` });
    expect(refuse(w, { type: 'stage/add', name: 'One too many' }, 'invalid').message).toBe(
      'A workshop can hold at most 30 stages.',
    );
  });
});

describe('teams', () => {
  it('adds a team with the next free colour', () => {
    const w = apply(blank(), { type: 'team/add', name: 'Team 2' });
    expect(w.teams.map((t) => t.color)).toEqual(['#0072b2', '#d55e00']);
    refuse(w, { type: 'team/add', name: 'team 2' }, 'conflict');
  });

  it('renames a team', () => {
    const w = blank();
    const team = at(w.teams, 0);
    expect(apply(w, { type: 'team/rename', teamId: team.id, name: 'Red' }).teams[0]?.name).toBe('Red');
    refuse(w, { type: 'team/rename', teamId: 'gone', name: 'Red' }, 'not-found');
  });

  it('removes a team that owns nothing', () => {
    const w = apply(blank(), { type: 'team/add', name: 'Spare' });
    const spare = at(w.teams, 1);
    expect(apply(w, { type: 'team/remove', teamId: spare.id }).teams).toHaveLength(1);
  });

  it('refuses to remove a team that still has cards, saying how many of what', () => {
    const w = sample();
    const team = at(w.teams, 0);
    const error = refuse(w, { type: 'team/remove', teamId: team.id }, 'conflict');
    const cards = w.touchpoints.filter((t) => t.teamId === team.id).length;
    const ratings = w.ratings.filter((r) => r.teamId === team.id).length;
    expect(error.message).toBe(
      `Sales & Onboarding still has ${cards} cards, ${ratings} ratings, 2 fixes and 3 participants. Move or remove them before removing the team.`,
    );
    refuse(w, { type: 'team/remove', teamId: 'gone' }, 'not-found');
  });
});
