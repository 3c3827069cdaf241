// Undo as inverse commands, including undo after other people changed the room.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { applyCommand } from '../../shared/reducer';
import type { RestoreCommand } from '../../shared/commands';
import { at, blank, content, sample, testContext } from './helpers';

function run(state: Workshop, command: Command) {
  const result = applyCommand(state, command, ctx);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}
const ctx = testContext();

describe('history/restore', () => {
  it('sets updatedAt from the clock on every change', () => {
    const w = blank();
    const { state } = run(w, { type: 'phase/set', phase: 'map' });
    expect(state.updatedAt).not.toBe(w.updatedAt);
    expect(Date.parse(state.updatedAt)).toBeGreaterThan(Date.parse(w.updatedAt));
  });

  it('redo is the inverse of the undo', () => {
    const w = sample();
    const done = run(w, { type: 'touchpoint/remove', touchpointId: at(w.touchpoints, 14).id }); // linked to a fix and an action
    expect(Object.keys(done.inverse.parts).sort()).toEqual(['actions', 'fixes', 'ratings', 'touchpoints']);
    const undone = run(done.state, done.inverse);
    expect(content(undone.state)).toEqual(content(w));
    const redone = run(undone.state, undone.inverse);
    expect(content(redone.state)).toEqual(content(done.state));
  });

  it('undoing a new card after someone rated it also drops the rating', () => {
    let w = blank();
    const added = run(w, { type: 'touchpoint/add', teamId: at(w.teams, 0).id, stageId: at(w.stages, 0).id, channelId: at(w.channels, 0).id, title: 'Card' });
    w = added.state;
    w = run(w, { type: 'rating/set', teamId: at(w.teams, 0).id, touchpointId: at(w.touchpoints, 0).id, pillarId: 'empathy', score: 3 }).state;
    const undone = run(w, added.inverse);
    expect(undone.state.touchpoints).toEqual([]);
    expect(undone.state.ratings).toEqual([]);
    // …and undoing that undo brings both back.
    expect(content(run(undone.state, undone.inverse).state)).toEqual(content(w));
  });

  it('refuses an undo that would change the rules after people voted', () => {
    let w = run(sample(), { type: 'voting/reset' }).state;
    const raised = run(w, { type: 'voting/configure', budget: 10 });
    w = raised.state;
    const jurgen = at(w.participants, 8);
    w = run(w, { type: 'vote/set', participantId: jurgen.id, fixId: at(w.fixes, 7).id, dots: 3 }).state;
    const result = applyCommand(w, raised.inverse, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('conflict');
      expect(result.error.message).toMatch(/rules are fixed/);
    }
  });

  it("refuses an undo that would put someone over a round's dots, judged by that round's rules", () => {
    let w = run(sample(), { type: 'vote/reveal', revealed: true }).state;
    const [a, b] = [at(w.fixes, 0).id, at(w.fixes, 1).id];
    w = run(w, { type: 'vote/runoff', fixIds: [a, b], budget: 2, maxPerFix: 2 }).state;
    const jurgen = at(w.participants, 8); // 3 dots in the first vote
    const inRunoff = { participantId: jurgen.id, round: 1 };
    // Two dots in the runoff stand beside his three in the first vote…
    const fits: RestoreCommand = { type: 'history/restore', parts: { votes: [...w.votes, { ...inRunoff, fixId: a, dots: 2 }] } };
    expect(applyCommand(w, fits, ctx).ok).toBe(true);
    // …but three in the runoff are over its budget of two.
    const over: RestoreCommand = {
      type: 'history/restore',
      parts: { votes: [...w.votes, { ...inRunoff, fixId: a, dots: 2 }, { ...inRunoff, fixId: b, dots: 1 }] },
    };
    const result = applyCommand(w, over, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/Jürgen Weiß over the dot limits/);
  });

  it('ignores parts given as undefined', () => {
    const w = blank();
    const restore: RestoreCommand = { type: 'history/restore', parts: { title: undefined } };
    const result = run(w, restore);
    expect(result.state.title).toBe(w.title);
    expect(result.inverse.parts).toEqual({});
  });
});
