// Which fixes the Plan screen offers, the action a fix becomes, and the warnings an action carries.
import { describe, expect, it } from 'vitest';
import {
  actionFromFix,
  candidateFixes,
  dropTarget,
  isPastDue,
  localToday,
  moveTarget,
  needsOwner,
} from '../../../renderer/features/plan/plan-logic';
import { blankWorkshop, idsOf, withCommands } from '../rating/workshop-builder';

function room() {
  const start = blankWorkshop();
  const id0 = idsOf(start);
  const team = id0.team('Team 1');
  let w = withCommands(start, [
    { type: 'touchpoint/add', teamId: team, stageId: id0.stage('Buy'), channelId: id0.channel('Web'), title: 'Checkout page' },
  ]);
  const checkout = idsOf(w).touchpoint('Checkout page');
  const fix = (title: string, extra: { touchpointIds?: string[]; pillarIds?: string[] } = {}) => ({
    type: 'fix/add' as const,
    teamId: team,
    title,
    touchpointIds: extra.touchpointIds ?? [],
    pillarIds: extra.pillarIds ?? [],
    impact: 3,
    effort: 3,
  });
  w = withCommands(w, [
    fix('Show delivery cost early', { touchpointIds: [checkout], pillarIds: ['expectations', 'integrity'] }),
    fix('Save the basket'),
    fix('Guest checkout'),
    { type: 'participant/add', name: 'Ana', teamId: team },
  ]);
  return { w, team, checkout };
}

function vote(w: ReturnType<typeof room>['w'], title: string, dots: number) {
  const participantId = w.participants[0]?.id ?? '';
  return withCommands(w, [{ type: 'vote/set', participantId, fixId: idsOf(w).fix(title), dots }]);
}

describe('candidateFixes', () => {
  it('offers every fix as proposed when nobody has voted', () => {
    const { basis, top, others } = candidateFixes(room().w);
    expect(basis).toBe('no-votes');
    expect(top.map((c) => c.fix.title)).toEqual(['Show delivery cost early', 'Save the basket', 'Guest checkout']);
    expect(top.every((c) => c.dots === null && c.rank === null)).toBe(true);
    expect(others).toEqual([]);
  });

  it('keeps a hidden tally secret: no dots, no ranks, proposal order', () => {
    const w = vote(room().w, 'Guest checkout', 2);
    const { basis, top } = candidateFixes(w);
    expect(basis).toBe('hidden');
    expect(top.map((c) => [c.fix.title, c.dots])).toEqual([
      ['Show delivery cost early', null],
      ['Save the basket', null],
      ['Guest checkout', null],
    ]);
  });

  it('ranks by dots once revealed, with fixes without dots set apart', () => {
    let w = vote(room().w, 'Guest checkout', 2);
    w = vote(w, 'Save the basket', 1);
    w = withCommands(w, [{ type: 'vote/reveal', revealed: true }]);
    const { basis, top, others } = candidateFixes(w);
    expect(basis).toBe('votes');
    expect(top.map((c) => [c.rank, c.fix.title, c.dots])).toEqual([
      ['1st', 'Guest checkout', 2],
      ['2nd', 'Save the basket', 1],
    ]);
    expect(others.map((c) => c.fix.title)).toEqual(['Show delivery cost early']);
  });

  it('writes a tie as the Vote screen does: "tied 2nd"', () => {
    let w = vote(room().w, 'Guest checkout', 2);
    w = vote(w, 'Save the basket', 1);
    w = vote(w, 'Show delivery cost early', 1);
    w = withCommands(w, [{ type: 'vote/reveal', revealed: true }]);
    expect(candidateFixes(w).top.map((c) => [c.rank, c.fix.title, c.tied])).toEqual([
      ['1st', 'Guest checkout', false],
      ['tied 2nd', 'Save the basket', true],
      ['tied 2nd', 'Show delivery cost early', true],
    ]);
  });

  it('says which round each fix’s dots are from once there was a runoff, and never adds rounds up', () => {
    let w = vote(room().w, 'Guest checkout', 2);
    w = vote(w, 'Save the basket', 2);
    w = vote(w, 'Show delivery cost early', 1);
    w = withCommands(w, [{ type: 'vote/reveal', revealed: true }]);
    const ids = idsOf(w);
    w = withCommands(w, [{ type: 'vote/runoff', fixIds: [ids.fix('Guest checkout'), ids.fix('Save the basket')], budget: 1, maxPerFix: 1 }]);
    w = vote(w, 'Save the basket', 1);
    w = withCommands(w, [{ type: 'vote/reveal', revealed: true }]);
    const { top, others } = candidateFixes(w);
    // Guest checkout got no dot in the runoff, yet it was in it: it still ranks above the first vote's rest.
    expect(top.map((c) => [c.rank, c.fix.title, c.dotsWords])).toEqual([
      ['1st', 'Save the basket', '1 dot in runoff 1'],
      ['2nd', 'Guest checkout', '0 dots in runoff 1'],
      ['3rd', 'Show delivery cost early', '1 dot in the first vote'],
    ]);
    expect(others).toEqual([]);
  });

  it('writes dots without a round while there has been only the first vote', () => {
    let w = vote(room().w, 'Guest checkout', 2);
    w = withCommands(w, [{ type: 'vote/reveal', revealed: true }]);
    expect(candidateFixes(w).top.map((c) => c.dotsWords)).toEqual(['2 dots']);
  });

  it('marks fixes already in the plan', () => {
    const { w } = room();
    const fix = w.fixes[1];
    if (!fix) throw new Error('no fix');
    const planned = withCommands(w, [actionFromFix(fix, w)]);
    expect(candidateFixes(planned).top.map((c) => c.actioned)).toEqual([false, true, false]);
  });
});

describe('actionFromFix', () => {
  it("takes the fix's title, first pillar and first touchpoint, leaving owner and date to agree", () => {
    const { w, checkout } = room();
    const fix = w.fixes[0];
    if (!fix) throw new Error('no fix');
    expect(actionFromFix(fix, w)).toEqual({
      type: 'action/add',
      fixId: fix.id,
      title: 'Show delivery cost early',
      pillarId: 'expectations',
      touchpointId: checkout,
      owner: '',
      dueDate: '',
    });
    const planned = withCommands(w, [actionFromFix(fix, w)]);
    expect(planned.actions[0]).toMatchObject({ fixId: fix.id, status: 'planned', owner: '' });
  });

  it('uses null when the fix names no pillar or touchpoint', () => {
    const { w } = room();
    const fix = w.fixes[1];
    if (!fix) throw new Error('no fix');
    expect(actionFromFix(fix, w)).toMatchObject({ pillarId: null, touchpointId: null });
  });

  it('skips a pillar the current framework no longer has, so the host does not refuse the action', () => {
    const { w } = room();
    const fix = w.fixes[0];
    if (!fix) throw new Error('no fix');
    const four = withCommands(w, [{ type: 'framework/use', preset: 'four-pillars' }]);
    // 'expectations' is not among the four pillars; 'integrity' is.
    const command = actionFromFix(fix, four);
    expect(command.pillarId).toBe('integrity');
    expect(withCommands(four, [command]).actions).toHaveLength(1);
  });
});

describe('warnings and moves', () => {
  it('asks for an owner when the owner is blank', () => {
    expect(needsOwner({ owner: '  ' })).toBe(true);
    expect(needsOwner({ owner: 'Priya' })).toBe(false);
  });

  it('warns about a due date before today, but not today, a later day or no date', () => {
    expect(isPastDue('2026-11-19', '2026-11-20')).toBe(true);
    expect(isPastDue('2026-11-20', '2026-11-20')).toBe(false);
    expect(isPastDue('2027-01-05', '2026-11-20')).toBe(false);
    expect(isPastDue('', '2026-11-20')).toBe(false);
  });

  it("reads today from the computer's own calendar, not UTC", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('moves one place up or down and stops at the ends', () => {
    expect(moveTarget(2, 'up', 4)).toBe(1);
    expect(moveTarget(2, 'down', 4)).toBe(3);
    expect(moveTarget(0, 'up', 4)).toBeNull();
    expect(moveTarget(3, 'down', 4)).toBeNull();
  });
});

describe('dropTarget', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('moves to the place of the action it was dropped on', () => {
    expect(dropTarget(ids, 'a', 'c')).toBe(2);
    expect(dropTarget(ids, 'd', 'a')).toBe(0);
  });
  it('changes nothing when dropped on itself, outside the list, or for an id that is gone', () => {
    expect(dropTarget(ids, 'b', 'b')).toBeNull();
    expect(dropTarget(ids, 'b', null)).toBeNull();
    expect(dropTarget(ids, 'x', 'a')).toBeNull();
    expect(dropTarget(ids, 'a', 'x')).toBeNull();
  });
});
