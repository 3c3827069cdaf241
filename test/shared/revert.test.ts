// Undo and redo as reversed change records: exact when nobody else touched
// the records, refused with a sentence when somebody did.
import { describe, expect, it } from 'vitest';
import { revertChanges } from '../../shared/changes/revert';
import type { Changes } from '../../shared/changes/types';
import type { Command } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { applyCommand } from '../../shared/reducer';
import { at, blank, content, sample, testContext } from './helpers';

const ctx = testContext();

function run(state: Workshop, command: Command) {
  const result = applyCommand(state, command, ctx);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

function revert(state: Workshop, changes: Changes, who?: string) {
  return revertChanges(state, changes, ctx, () => who);
}

describe('reverting a change record', () => {
  it('sets updatedAt from the clock on every change, undo included', () => {
    const w = blank();
    const done = run(w, { type: 'phase/set', phase: 'map' });
    expect(Date.parse(done.state.updatedAt)).toBeGreaterThan(Date.parse(w.updatedAt));
    const undone = revert(done.state, done.changes);
    if (!undone.ok) throw new Error(undone.error.message);
    expect(Date.parse(undone.state.updatedAt)).toBeGreaterThan(Date.parse(done.state.updatedAt));
  });

  it('brings a removed card back with its ratings and links, and redo removes them again', () => {
    const w = sample();
    const done = run(w, { type: 'touchpoint/remove', touchpointId: at(w.touchpoints, 14).id }); // linked to a fix and an action
    expect(Object.keys(done.changes.records).sort()).toEqual(['actions', 'fixes', 'ratings', 'touchpoints']);
    const undone = revert(done.state, done.changes);
    if (!undone.ok) throw new Error(undone.error.message);
    expect(content(undone.state)).toEqual(content(w));
    const redone = revert(undone.state, undone.changes);
    if (!redone.ok) throw new Error(redone.error.message);
    expect(content(redone.state)).toEqual(content(done.state));
  });

  it("leaves other people's records alone: a rating set by a team survives the facilitator's undo", () => {
    let w = sample();
    const renamed = run(w, { type: 'stage/rename', stageId: at(w.stages, 0).id, name: 'Look around' });
    w = renamed.state;
    const rating = at(w.ratings, 0);
    w = run(w, { type: 'rating/set', ...rating, score: rating.score === 5 ? 4 : 5 }).state;
    const undone = revert(w, renamed.changes);
    if (!undone.ok) throw new Error(undone.error.message);
    expect(at(undone.state.stages, 0).name).toBe(at(sample().stages, 0).name);
    expect(undone.state.ratings.find((r) => r.teamId === rating.teamId && r.touchpointId === rating.touchpointId && r.pillarId === rating.pillarId)?.score).toBe(
      rating.score === 5 ? 4 : 5,
    );
  });

  it('refuses, naming who and what, when someone changed the same record since', () => {
    let w = sample();
    const card = at(w.touchpoints, 0);
    const retitled = run(w, { type: 'touchpoint/update', touchpointId: card.id, title: 'Postcode check' });
    w = run(retitled.state, { type: 'touchpoint/update', touchpointId: card.id, feeling: 2 }).state;
    const before = JSON.stringify(w);
    const result = revert(w, retitled.changes, 'Network & Field');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This can no longer be undone: Network & Field has changed the card “Postcode check” since.' },
    });
    expect(JSON.stringify(w)).toBe(before);
  });

  it('says "removed" when someone removed what the change made', () => {
    let w = blank();
    const added = run(w, { type: 'touchpoint/add', teamId: at(w.teams, 0).id, stageId: at(w.stages, 0).id, channelId: at(w.channels, 0).id, title: 'Card' });
    w = run(added.state, { type: 'touchpoint/remove', touchpointId: at(added.state.touchpoints, 0).id }).state;
    const result = revert(w, added.changes, 'Team 2');
    expect(result).toMatchObject({ ok: false, error: { message: 'This can no longer be undone: Team 2 has removed the card “Card” since.' } });
  });

  it('refuses to take away a card someone has rated since, naming the rating', () => {
    let w = blank();
    const added = run(w, { type: 'touchpoint/add', teamId: at(w.teams, 0).id, stageId: at(w.stages, 0).id, channelId: at(w.channels, 0).id, title: 'Card' });
    w = run(added.state, { type: 'rating/set', teamId: at(w.teams, 0).id, touchpointId: at(added.state.touchpoints, 0).id, pillarId: 'empathy', score: 3 }).state;
    const result = revert(w, added.changes);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This can no longer be undone: Team 1\'s rating of “Card” on Empathy depends on it now.' },
    });
  });

  it('refuses an undo that would change the rules after people voted', () => {
    let w = run(sample(), { type: 'voting/reset' }).state;
    const raised = run(w, { type: 'voting/configure', budget: 10 });
    w = raised.state;
    const jurgen = at(w.participants, 8);
    w = run(w, { type: 'vote/set', participantId: jurgen.id, fixId: at(w.fixes, 7).id, dots: 3 }).state;
    const result = revert(w, raised.changes);
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/rules are fixed/) } });
  });

  it('brings back dots with a removed fix, unless the voter has spent them elsewhere since', () => {
    let w = run(sample(), { type: 'voting/reset' }).state;
    const [one, two] = [at(w.fixes, 0).id, at(w.fixes, 1).id];
    const ana = at(w.participants, 0);
    const ben = at(w.participants, 1);
    w = run(w, { type: 'vote/set', participantId: ana.id, fixId: one, dots: 3 }).state;
    const removed = run(w, { type: 'fix/remove', fixId: one });
    w = run(removed.state, { type: 'vote/set', participantId: ben.id, fixId: two, dots: 2 }).state;
    const undone = revert(w, removed.changes);
    if (!undone.ok) throw new Error(undone.error.message);
    // Ana's dots come back with the fix; Ben's dot on another fix stays.
    expect(undone.state.votes.map((v) => [v.participantId, v.fixId, v.dots])).toEqual(
      expect.arrayContaining([
        [ana.id, one, 3],
        [ben.id, two, 2],
      ]),
    );

    const spent = run(removed.state, { type: 'vote/set', participantId: ana.id, fixId: two, dots: 3 }).state;
    const alsoSpent = run(spent, { type: 'vote/set', participantId: ana.id, fixId: at(w.fixes, 2).id, dots: 2 }).state;
    const refused = revert(alsoSpent, removed.changes);
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(new RegExp(`${ana.name} over the dot limits`)) } });
  });
});
