/**
 * The projector's projection: what the wall may show. Before a reveal, no
 * view carries a team's silent score, a rating's note or a fix's secret dot
 * count; after it, the reveal views carry exactly those; and the activity
 * view counts progress without saying what anyone rated or voted for.
 */
import { describe, expect, it } from 'vitest';
import { PHASES, PROJECTOR_VIEWS, type ProjectorView, type Workshop } from '../../shared/model';
import { projection, type Projection } from '../../shared/present/projector';
import { stageScores } from '../../shared/selectors';
import { apply, at } from './helpers';
import { scored } from './scored-fixture';
import { votingRoom } from './voting-room';

const SECRET_NOTE = 'Our checkout is a disgrace';

function show(w: Workshop, view: ProjectorView): Projection {
  return projection(apply(w, { type: 'projector/show', view }));
}

/** Every view in every phase, as the JSON a page would draw from. */
function everyView(w: Workshop): string {
  return PHASES.flatMap((phase) => {
    const inPhase = apply(w, { type: 'phase/set', phase });
    return PROJECTOR_VIEWS.map((view) => JSON.stringify(show(inPhase, view)));
  }).join('\n');
}

/** The scored fixture with a note on one rating, the ratings still silent. */
function silentRatings() {
  const s = scored();
  const w = apply(s.w, { type: 'rating/set', teamId: s.t2, touchpointId: s.c2, pillarId: 'integrity', score: 5, note: SECRET_NOTE });
  return { ...s, w };
}

describe('the projector before and after the ratings are revealed', () => {
  it('shows no score and no note of any team while rating is silent', () => {
    const { w } = silentRatings();
    expect(w.ratingsRevealed).toBe(false);
    const all = everyView(w);
    expect(all).not.toContain(SECRET_NOTE);
    // No score field at all, and none of the stage averages the heatmap would show (the ones no count can
    // also spell, such as Discover's integrity, (2 + 4 + 5) / 3).
    expect(all).not.toContain('"scores"');
    expect(all).not.toContain('"average"');
    const averages = stageScores(w).flatMap((row) => row.pillars.map((c) => c.average)).filter((a): a is number => a !== null && !Number.isInteger(a));
    expect(averages.length).toBeGreaterThan(0);
    for (const average of averages) expect(all).not.toContain(String(average));
    expect(show(w, 'heatmap').body).toMatchObject({ view: 'waiting', awaiting: 'heatmap' });
    expect(show(w, 'weakest').body).toMatchObject({ view: 'waiting', awaiting: 'weakest' });
  });

  it('shows the stage scores and the weakest pillar per stage once revealed, and never a note', () => {
    const { w: silent } = silentRatings();
    const w = apply(silent, { type: 'rating/reveal', revealed: true });
    const heat = show(w, 'heatmap').body;
    if (heat.view !== 'heatmap') throw new Error(`Expected the heatmap, got ${heat.view}`);
    const discover = heat.stages[0];
    const integrity = heat.pillars.findIndex((p) => p.id === 'integrity');
    // Discover: T1 gave integrity 2 and T2 gave 4 on c1, T2 gave 5 on c2: (2 + 4 + 5) / 3.
    expect(discover?.scores[integrity]).toBeCloseTo(11 / 3);
    const weakest = show(w, 'weakest').body;
    if (weakest.view !== 'weakest') throw new Error(`Expected the weakest pillars, got ${weakest.view}`);
    expect(weakest.stages.map((s) => s.pillars)).toContainEqual(['Personalisation']);
    expect(everyView(w)).not.toContain(SECRET_NOTE);
  });

  it('counts the teams that have rated every one of their cards, not what they gave', () => {
    const s = scored();
    const rated = (w: Workshop) => {
      const body = projection(apply(apply(w, { type: 'phase/set', phase: 'rate' }), { type: 'projector/show', view: 'activity' })).body;
      if (body.view !== 'activity') throw new Error('Expected the activity');
      return body.progress;
    };
    expect(rated(s.w)).toEqual([{ figure: '0 of 2', words: 'teams have rated every one of their cards' }]);
    let w = s.w;
    for (const pillar of w.framework.pillars) {
      w = apply(w, { type: 'rating/set', teamId: s.t2, touchpointId: s.c2, pillarId: pillar.id, score: 3 });
    }
    expect(rated(w)).toEqual([{ figure: '1 of 2', words: 'teams have rated every one of their cards' }]);
  });
});

describe('the projector before and after a secret vote is revealed', () => {
  function voted() {
    const room = votingRoom();
    let w = room.w;
    // Distinct totals, so each fix's count is a number the test can look for: 3 on the form, 2 on live chat.
    w = apply(w, { type: 'vote/set', participantId: room.zoe, fixId: room.form, dots: 3 });
    w = apply(w, { type: 'vote/set', participantId: room.lukasz, fixId: room.chat, dots: 2 });
    w = apply(w, { type: 'phase/set', phase: 'vote' });
    return { ...room, w };
  }

  it('says how many people have voted and nothing of the dots', () => {
    const { w } = voted();
    expect(w.voting.secret && !w.voting.revealed).toBe(true);
    const activity = show(w, 'activity').body;
    expect(activity).toMatchObject({ view: 'activity', label: 'Vote', progress: [{ figure: '2 of 3', words: 'people have voted' }] });
    const votes = show(w, 'votes');
    expect(votes.body).toMatchObject({ view: 'waiting', awaiting: 'votes' });
    // Nothing fix by fix on any view: no dots field, and no fix named.
    const all = everyView(w);
    expect(all).not.toContain('"dots"');
    for (const fix of w.fixes) expect(all).not.toContain(fix.title);
  });

  it('ranks the fixes with their dots once revealed, ties shown as ties', () => {
    const room = voted();
    let w = apply(room.w, { type: 'vote/set', participantId: room.ana, fixId: room.callBack, dots: 2 });
    w = apply(w, { type: 'vote/reveal', revealed: true });
    const body = show(w, 'votes').body;
    if (body.view !== 'votes') throw new Error(`Expected the votes, got ${body.view}`);
    expect(body.rows.map((r) => [r.place, r.title, r.dots])).toEqual([
      ['1st', 'Shorter form', 3],
      ['tied 2nd', 'Call back', 2],
      ['tied 2nd', 'Live chat', 2],
      ['4th', 'Track order', 0],
    ]);
    expect(body.rows[0]?.team).toBe('Blue');
  });

  it('says which round each fix’s dots are from once a runoff settled a tie', () => {
    const room = voted();
    let w = apply(room.w, { type: 'vote/set', participantId: room.ana, fixId: room.callBack, dots: 2 });
    w = apply(w, { type: 'vote/reveal', revealed: true });
    const ids = (titles: readonly string[]) => titles.map((t) => w.fixes.find((f) => f.title === t)?.id ?? '');
    w = apply(w, { type: 'vote/runoff', fixIds: ids(['Call back', 'Live chat']), budget: 1, maxPerFix: 1 });
    w = apply(w, { type: 'vote/set', participantId: room.ana, fixId: room.callBack, dots: 1 });
    w = apply(w, { type: 'vote/reveal', revealed: true });
    const body = show(w, 'votes').body;
    if (body.view !== 'votes') throw new Error(`Expected the votes, got ${body.view}`);
    expect(body.rows.map((r) => [r.place, r.title, r.dots, r.roundWords])).toEqual([
      ['1st', 'Call back', 1, 'in runoff 1'],
      ['2nd', 'Live chat', 0, 'in runoff 1'],
      ['3rd', 'Shorter form', 3, 'in the first vote'],
      ['4th', 'Track order', 0, 'in the first vote'],
    ]);
  });

  it('shows the results live when the vote is not secret', () => {
    const room = votingRoom();
    let w = apply(room.w, { type: 'voting/configure', secret: false });
    w = apply(w, { type: 'vote/set', participantId: room.zoe, fixId: room.track, dots: 1 });
    const body = show(w, 'votes').body;
    if (body.view !== 'votes') throw new Error(`Expected the votes, got ${body.view}`);
    expect(body.rows[0]).toMatchObject({ title: 'Track order', dots: 1, place: '1st', tied: false });
  });
});

describe('the projector’s other views', () => {
  it('gives the join code only when the room is open, and the timer with the activity it times', () => {
    const room = votingRoom();
    let w = apply(room.w, { type: 'projector/show', view: 'join' });
    expect(projection(w).body).toEqual({ view: 'join', room: null });
    const open = { code: 'K7MPQ2', joinUrl: 'http://10.0.0.5:5180/#/join/K7MPQ2', url: 'http://10.0.0.5:5180', devices: 3 };
    expect(projection(w, open).body).toEqual({ view: 'join', room: open });
    w = apply(w, { type: 'timer/start', seconds: 600 });
    expect(projection(w).timer).toMatchObject({ totalMs: 600000, leftMs: 600000 });
  });

  it('lists the plan in order, read-only, and says how many more there are', () => {
    let w = votingRoom().w;
    for (let i = 1; i <= 10; i++) {
      w = apply(w, { type: 'action/add', fixId: null, title: `Action ${i}`, owner: i === 1 ? 'Priya' : '', dueDate: '', pillarId: null, touchpointId: null });
    }
    const body = show(w, 'plan').body;
    if (body.view !== 'plan') throw new Error('Expected the plan');
    expect(body.rows).toHaveLength(8);
    expect(body.rows[0]).toMatchObject({ title: 'Action 1', owner: 'Priya' });
    expect(body.more).toBe(2);
    expect(at(w.actions, 0).title).toBe('Action 1');
  });

  it('writes a due date on the wall as the workshop writes dates', () => {
    let w = apply(votingRoom().w, { type: 'action/add', fixId: null, title: 'Call back', owner: '', dueDate: '2026-12-31', pillarId: null, touchpointId: null });
    const due = () => {
      const body = show(w, 'plan').body;
      return body.view === 'plan' ? body.rows[0]?.due : undefined;
    };
    expect(due()).toBe('31 Dec 2026');
    w = apply(w, { type: 'workshop/update', locale: 'en-US' });
    expect(due()).toBe('Dec 31, 2026');
  });
});
