// Running the room: the room's phase and a raced "Next", the agenda, locks
// that stop a team's edit with a reason, and a countdown kept by the host's clock.
import { describe, expect, it } from 'vitest';
import { teamPage, type ClientCommand } from '../../shared/commands';
import { applyCommand, validateCommand } from '../../shared/reducer';
import { timeLeftMs } from '../../shared/reducers/facilitation';
import { teamCommandRefusal } from '../../shared/roles';
import type { CommandContext } from '../../shared/result';
import type { Workshop } from '../../shared/model';
import { createFromTemplate } from '../../shared/templates';
import { sequentialIds } from '../../shared/new-workshop';
import { apply, at, blank, refuse, START } from './helpers';
import { votingRoom } from './voting-room';

/** A clock the test moves by hand: the host's clock as the reducer sees it. */
function handClock(): CommandContext & { advance: (ms: number) => void } {
  let t = Date.parse(START);
  return { newId: sequentialIds('c'), now: () => new Date(t).toISOString(), advance: (ms) => (t += ms) };
}

function run(w: Workshop, command: ClientCommand, ctx: CommandContext): Workshop {
  const result = applyCommand(w, command, ctx);
  if (!result.ok) throw new Error(result.error.message);
  return result.state;
}

describe('the room’s phase', () => {
  it('moves on when "Next" names the phase the room is in', () => {
    const w = apply(blank(), { type: 'phase/set', phase: 'map', from: 'frame' });
    expect(w.phase).toBe('map');
  });

  it('refuses the second of two racing "Next" presses instead of skipping a phase', () => {
    const w = apply(blank(), { type: 'phase/set', phase: 'map', from: 'frame' });
    const error = refuse(w, { type: 'phase/set', phase: 'map', from: 'frame' }, 'conflict');
    expect(error.message).toBe('The room has already moved on to Map.');
  });

  it('ends the countdown of the phase it leaves', () => {
    const ctx = handClock();
    let w = run(blank(), { type: 'timer/start', seconds: 600 }, ctx);
    w = run(w, { type: 'phase/set', phase: 'map', from: 'frame' }, ctx);
    expect(w.timer).toBeNull();
  });

  it('is the facilitator’s alone to move', () => {
    const { w, blue } = votingRoom();
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'phase/set', phase: 'rate' })).toBe(
      'Only the facilitator can move the room to another phase.',
    );
  });
});

describe('the agenda', () => {
  it('starts as the usual day, and a template brings its own', () => {
    expect(blank().agenda.map((i) => i.phase)).toEqual(['frame', 'map', 'rate', 'diagnose', 'fix', 'vote', 'plan', 'export']);
    const software = createFromTemplate({ templateId: 'software', title: 'App', now: START, newId: sequentialIds('t') });
    expect(software.agenda.some((i) => i.phase === 'diagnose')).toBe(false);
    expect(software.agenda.reduce((sum, i) => sum + i.minutes, 0)).toBe(125);
  });

  it('is changed as a whole, and undo brings the old one back', () => {
    const w = apply(blank(), { type: 'agenda/set', agenda: [{ phase: 'map', minutes: 30 }, { phase: 'vote', minutes: 10 }] });
    expect(w.agenda).toEqual([{ phase: 'map', minutes: 30 }, { phase: 'vote', minutes: 10 }]);
  });

  it('refuses an empty agenda, a zero minute and a phase twice, each with a sentence', () => {
    const w = blank();
    const message = (agenda: unknown) => {
      const checked = validateCommand({ type: 'agenda/set', agenda });
      return checked.ok ? null : checked.error.message;
    };
    expect(message([])).toMatch(/The agenda needs at least one phase\./);
    expect(message([{ phase: 'map', minutes: 0 }])).toMatch(/Give each phase at least one minute\./);
    expect(message([{ phase: 'map', minutes: 5 }, { phase: 'map', minutes: 5 }])).toMatch(/Each phase can appear only once/);
    expect(w.agenda).toEqual(blank().agenda);
  });
});

describe('locks', () => {
  it('stop a team’s edit of the locked work with a reason, and nothing else', () => {
    const { w: room, blue } = votingRoom();
    const cell = { stageId: at(room.stages, 0).id, channelId: at(room.channels, 0).id };
    const w = apply(room, { type: 'lock/set', phase: 'map', locked: true });
    const addCard: ClientCommand = { type: 'touchpoint/add', teamId: blue, ...cell, title: 'Shop counter' };
    expect(teamCommandRefusal(w, teamPage(blue), addCard)).toBe(
      'The facilitator has locked the map, so cards cannot be added, moved or changed just now.',
    );
    // The facilitator is never locked out, and other work goes on.
    expect(applyCommand(w, addCard, handClock()).ok).toBe(true);
    const fix: ClientCommand = { type: 'fix/add', teamId: blue, title: 'Call back within a day', touchpointIds: [], pillarIds: [], impact: 3, effort: 2 };
    expect(teamCommandRefusal(w, teamPage(blue), fix)).toBeNull();
  });

  it('lift when unlocked', () => {
    const { w: room, blue } = votingRoom();
    const cell = { stageId: at(room.stages, 0).id, channelId: at(room.channels, 0).id };
    let w = apply(room, { type: 'lock/set', phase: 'map', locked: true });
    w = apply(w, { type: 'lock/set', phase: 'map', locked: false });
    expect(w.locks).toEqual([]);
    expect(teamCommandRefusal(w, teamPage(blue), { type: 'touchpoint/add', teamId: blue, ...cell, title: 'Shop counter' })).toBeNull();
  });

  it('close the vote to a person’s own device too', () => {
    const { w: room, blue, ana } = votingRoom();
    const w = apply(room, { type: 'lock/set', phase: 'vote', locked: true });
    expect(teamCommandRefusal(w, { teamId: blue, participantId: ana }, { type: 'ballot/cast', participantId: ana, dots: {} })).toBe(
      'The facilitator has closed the vote for now, so dots cannot be placed or changed.',
    );
  });
});

describe('the timer', () => {
  it('counts down by the host’s clock, pauses, resumes and takes an added minute', () => {
    const ctx = handClock();
    let w = run(blank(), { type: 'timer/start', seconds: 300 }, ctx);
    const started = w.timer;
    expect(started?.phase).toBe('frame');
    ctx.advance(60_000);
    w = run(w, { type: 'timer/pause' }, ctx);
    expect(w.timer?.endsAt).toBeNull();
    expect(w.timer?.leftMs).toBe(240_000);
    ctx.advance(600_000); // a long pause costs nothing
    w = run(w, { type: 'timer/resume' }, ctx);
    expect(timeLeftMs(w.timer ?? fail(), Date.parse(ctx.now()))).toBe(240_000);
    w = run(w, { type: 'timer/add', seconds: 60 }, ctx);
    expect(timeLeftMs(w.timer ?? fail(), Date.parse(ctx.now()))).toBe(300_000);
    expect(w.timer?.totalMs).toBe(360_000);
  });

  it('gives a whole minute when one is added after time is up', () => {
    const ctx = handClock();
    let w = run(blank(), { type: 'timer/start', seconds: 30 }, ctx);
    ctx.advance(90_000);
    expect(timeLeftMs(w.timer ?? fail(), Date.parse(ctx.now()))).toBe(0);
    w = run(w, { type: 'timer/add', seconds: 60 }, ctx);
    expect(timeLeftMs(w.timer ?? fail(), Date.parse(ctx.now()))).toBe(60_000);
  });

  it('refuses pausing or adding to a timer that does not exist, and resuming one whose time is up', () => {
    const ctx = handClock();
    expect(refuse(blank(), { type: 'timer/pause' }, 'conflict').message).toBe('There is no timer running. Start one first.');
    let w = run(blank(), { type: 'timer/start', seconds: 5 }, ctx);
    ctx.advance(10_000);
    w = run(w, { type: 'timer/pause' }, ctx);
    expect(refuse(w, { type: 'timer/resume' }, 'conflict').message).toBe('Time is already up. Add a minute or start the timer again.');
  });

  it('refuses a timer of zero seconds before any rule runs', () => {
    const checked = validateCommand({ type: 'timer/start', seconds: 0 });
    expect(checked.ok ? null : checked.error.message).toMatch(/at least one second/);
  });

  it('ends, and the end sound can be muted for every page', () => {
    const ctx = handClock();
    let w = run(blank(), { type: 'timer/start', seconds: 60 }, ctx);
    w = run(w, { type: 'timer/end' }, ctx);
    expect(w.timer).toBeNull();
    expect(apply(w, { type: 'chime/set', muted: true }).chimeMuted).toBe(true);
  });
});

function fail(): never {
  throw new Error('Expected a timer.');
}
