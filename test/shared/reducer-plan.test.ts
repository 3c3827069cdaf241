// The action plan: adding, editing, ordering and removing actions.
import { describe, expect, it } from 'vitest';
import { apply, at, refuse, sample } from './helpers';

describe('actions', () => {
  it('adds an action as planned, at the end', () => {
    const w = sample();
    const fix = at(w.fixes, 4);
    const next = apply(w, {
      type: 'action/add',
      fixId: fix.id,
      title: fix.title,
      owner: '  Sales Director ',
      dueDate: '2027-03-31',
      pillarId: 'personalisation',
      touchpointId: at(w.touchpoints, 4).id,
    });
    expect(at(next.actions, 4)).toMatchObject({ fixId: fix.id, owner: 'Sales Director', successMeasure: '', status: 'planned' });
  });

  it('updates fields, including clearing a link with null', () => {
    const w = sample();
    const action = at(w.actions, 0);
    const next = apply(w, { type: 'action/update', actionId: action.id, status: 'done', touchpointId: null });
    expect(at(next.actions, 0)).toEqual({ ...action, status: 'done', touchpointId: null });
  });

  it('moves and removes actions', () => {
    const w = sample();
    const first = at(w.actions, 0);
    const moved = apply(w, { type: 'action/move', actionId: first.id, toIndex: 2 });
    expect(moved.actions.map((a) => a.id)).toEqual([w.actions[1]?.id, w.actions[2]?.id, first.id, w.actions[3]?.id]);
    expect(apply(moved, { type: 'action/remove', actionId: first.id }).actions).toHaveLength(3);
  });

  it('moves an action to the last place, and refuses a place past it', () => {
    const w = sample();
    const first = at(w.actions, 0);
    expect(at(apply(w, { type: 'action/move', actionId: first.id, toIndex: 3 }).actions, 3).id).toBe(first.id);
    expect(refuse(w, { type: 'action/move', actionId: first.id, toIndex: 4 }, 'invalid').message).toBe(
      'There is no position 5 in the action plan; it holds 4 actions.',
    );
  });

  it('refuses a bad date, unknown links and unknown actions', () => {
    const w = sample();
    const base = { type: 'action/add', fixId: null, title: 'X', owner: '', dueDate: '', pillarId: null, touchpointId: null } as const;
    expect(refuse(w, { ...base, dueDate: '31/12/2026' }, 'invalid').message).toBe('Due date: Use a date like 2026-12-31.');
    refuse(w, { ...base, fixId: 'gone' }, 'not-found');
    refuse(w, { ...base, pillarId: 'speed' }, 'not-found');
    refuse(w, { ...base, touchpointId: 'gone' }, 'not-found');
    refuse(w, { ...base, owner: 'o'.repeat(200) }, 'invalid');
    expect(refuse(w, { type: 'action/update', actionId: 'gone', title: 'Y' }, 'not-found').message).toBe(
      'That action no longer exists — it may have been deleted.',
    );
    refuse(w, { type: 'action/move', actionId: 'gone', toIndex: 0 }, 'not-found');
    refuse(w, { type: 'action/remove', actionId: 'gone' }, 'not-found');
  });
});
