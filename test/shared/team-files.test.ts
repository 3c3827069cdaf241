/**
 * A laptop per team, combined by file: the facilitator packs a team's part of
 * the workshop, the team works in its copy as its page may, exports its team
 * file, and the facilitator merges it — through the real reducer, as the
 * one undoable `team-file/merge` command. Each kind of conflict is made the
 * way a room makes it, worded, and settled both ways.
 */
import { describe, expect, it } from 'vitest';
import { revertChanges } from '../../shared/changes/revert';
import type { ClientCommand } from '../../shared/commands';
import type { Id, Touchpoint, Workshop } from '../../shared/model';
import type { ApplyResult, CommandContext } from '../../shared/result';
import { brokenVote } from '../../shared/selectors/vote-rules';
import { mergeTeamFile, planTeamMerge, type MergeChoices, type MergeConflict, type MergePreview } from '../../shared/team-files/merge';
import { makeTeamFile, parseTeamFile } from '../../shared/team-files/team-file';
import { countTeamChanges, teamWorkOf } from '../../shared/team-files/team-work';
import { at, sample } from './helpers';
import {
  contextFor,
  EXPORTED_AT,
  mergeCommand,
  run,
  teamCopy,
  teamDoes,
  teamFileOf,
  teamRefusal,
  type TeamFileValue,
} from './team-files-support';

/** The facilitator's workshop, and the first team of the sample (Sales & Onboarding) with its people. */
function room() {
  const master = sample();
  const team = at(master.teams, 0);
  const people = master.participants.filter((p) => p.teamId === team.id);
  return { master, team: team.id, other: at(master.teams, 1).id, people };
}

function preview(master: Workshop, file: TeamFileValue): MergePreview {
  const plan = planTeamMerge(master, file);
  if (!plan.ok) throw new Error(plan.message);
  return plan.preview;
}

function onlyConflict(p: MergePreview): MergeConflict {
  expect(p.conflicts).toHaveLength(1);
  return at(p.conflicts, 0);
}

/** Merges by the command and proves its change record undoes to exactly the workshop before it. */
function merged(master: Workshop, file: TeamFileValue, choices: MergeChoices = {}, ctx: CommandContext = contextFor('m', EXPORTED_AT)): Workshop {
  const result = mergeCommand(master, file, choices, ctx);
  if (!result.ok) throw new Error(`The merge was refused: ${result.error.message}`);
  undoesExactly(master, result);
  return result.state;
}

function undoesExactly(before: Workshop, result: Extract<ApplyResult, { ok: true }>): void {
  // Undo stamps its own time; given the time before, nothing else may differ.
  const undone = revertChanges(result.state, result.changes, { newId: () => 'unused', now: () => before.updatedAt });
  if (!undone.ok) throw new Error(`Undo refused: ${undone.error.message}`);
  expect(undone.state).toEqual(before);
}

function card(w: Workshop, title: string): Touchpoint {
  const found = w.touchpoints.find((t) => t.title === title);
  if (!found) throw new Error(`No card “${title}”.`);
  return found;
}

function cardOf(w: Workshop, id: Id): Touchpoint | undefined {
  return w.touchpoints.find((t) => t.id === id);
}

describe('a team’s work, packed, done on its laptop and merged back', () => {
  it('brings in the cards, ratings, fixes and people the team made, and the ratings it changed', () => {
    const { master, team, people } = room();
    const laptop = contextFor('t1-');
    let copy = teamCopy(master, team);
    expect(copy.teamCopy).toMatchObject({ masterId: master.id, teamId: team, voting: true });
    const [stage, channel] = [at(copy.stages, 1).id, at(copy.channels, 2).id];
    copy = teamDoes(copy, { type: 'touchpoint/add', teamId: team, stageId: stage, channelId: channel, title: 'Price promise chat', feeling: 1 }, laptop);
    copy = teamDoes(copy, { type: 'touchpoint/add', teamId: team, stageId: stage, channelId: channel, title: 'Contract summary e-mail', feeling: -1 }, laptop);
    const [chat, summary] = [card(copy, 'Price promise chat').id, card(copy, 'Contract summary e-mail').id];
    for (const id of [chat, summary]) {
      copy = teamDoes(copy, { type: 'rating/set', teamId: team, touchpointId: id, pillarId: 'integrity', score: 4 }, laptop);
      copy = teamDoes(copy, { type: 'rating/set', teamId: team, touchpointId: id, pillarId: 'empathy', score: 2, note: 'Feels scripted.' }, laptop);
    }
    const rated = card(copy, 'Postcode availability check').id;
    copy = teamDoes(copy, { type: 'rating/set', teamId: team, touchpointId: rated, pillarId: 'integrity', score: 1, note: 'Shows speeds we cannot deliver.' }, laptop);
    copy = teamDoes(copy, { type: 'fix/add', teamId: team, title: 'Summary before signing', touchpointIds: [summary, rated], pillarIds: ['integrity'], impact: 4, effort: 2 }, laptop);
    copy = teamDoes(copy, { type: 'participant/add', teamId: team, name: 'Mei Chen' }, laptop);
    const fix = copy.fixes.find((f) => f.title === 'Summary before signing');
    const mei = copy.participants.find((p) => p.name === 'Mei Chen');
    if (!fix || !mei) throw new Error('The team’s fix and person are missing from its copy.');
    copy = teamDoes(copy, { type: 'ballot/cast', participantId: at(people, 0).id, dots: { [fix.id]: 3, [at(copy.fixes, 0).id]: 2 } }, laptop);

    const file = teamFileOf(copy);
    expect(file).toMatchObject({ masterId: master.id, teamId: team, teamName: 'Sales & Onboarding', packId: `pack-${team}` });
    const p = preview(master, file);
    expect(p.conflicts).toEqual([]);
    expect(p.notes).toEqual([]);
    expect(p.added.map((i) => i.label)).toEqual(
      expect.arrayContaining([
        'the card “Price promise chat” (Choose a plan · Phone)',
        'the fix “Summary before signing”',
        'Mei Chen, a person of the team',
        'the rating of “Contract summary e-mail” on Empathy',
      ]),
    );
    expect(p.changed.map((i) => i.label)).toEqual(
      expect.arrayContaining(['the rating of “Postcode availability check” on Integrity', 'Zoë Martin’s dots in the first vote']),
    );

    const after = merged(master, file);
    // The team's work in the workshop is now exactly its work on the laptop.
    const mine = teamWorkOf(after, team);
    const theirs = teamWorkOf(copy, team);
    for (const collection of ['touchpoints', 'ratings', 'fixes', 'participants', 'votes'] as const) {
      expect(mine[collection], collection).toEqual(theirs[collection]);
    }
    expect(brokenVote(after)).toBeUndefined();
    // Nobody else's work moved.
    expect(after.touchpoints.filter((t) => t.teamId !== team)).toEqual(master.touchpoints.filter((t) => t.teamId !== team));
    expect(after.ratings.filter((r) => r.teamId !== team)).toEqual(master.ratings.filter((r) => r.teamId !== team));
    expect(after.actions).toEqual(master.actions);
  });

  it('changes nothing when the same file is merged again', () => {
    const { master, team } = room();
    const laptop = contextFor('t1-');
    let copy = teamCopy(master, team);
    copy = teamDoes(copy, { type: 'touchpoint/add', teamId: team, stageId: at(copy.stages, 0).id, channelId: at(copy.channels, 0).id, title: 'Street-level map' }, laptop);
    copy = teamDoes(copy, { type: 'rating/set', teamId: team, touchpointId: card(copy, 'Street-level map').id, pillarId: 'expectations', score: 3 }, laptop);
    const file = teamFileOf(copy);
    const once = merged(master, file);

    const again = mergeCommand(once, file, {}, contextFor('m2', EXPORTED_AT));
    if (!again.ok) throw new Error(again.error.message);
    // Only the time of the last change moves, as with any command.
    expect(again.changes.records).toEqual({});
    expect({ ...again.state, updatedAt: once.updatedAt }).toEqual(once);
    const p = preview(once, file);
    expect([...p.added, ...p.changed, ...p.removed, ...p.conflicts]).toEqual([]);
    expect(p.alreadyIn).toBe(2);
  });

  it('refuses a file from another workshop, saying so, and changes nothing', () => {
    const { master, team } = room();
    const elsewhere = { ...sample(), id: 'another-workshop', title: 'Home broadband, second day' };
    const file = teamFileOf(teamDoes(teamCopy(elsewhere, team), { type: 'touchpoint/add', teamId: team, stageId: at(elsewhere.stages, 0).id, channelId: at(elsewhere.channels, 0).id, title: 'Lost card' }, contextFor('t1-')));
    const plan = planTeamMerge(master, file);
    expect(plan).toEqual({
      ok: false,
      message: 'This team file belongs to another workshop (“Home broadband, second day”), so it cannot be merged into “Home broadband: from sign-up to first bill”.',
    });
    const result = mergeCommand(master, file, {}, contextFor('m', EXPORTED_AT));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual({ code: 'conflict', message: plan.ok ? '' : plan.message });
    // Nor is a team's file merged into another team's copy.
    expect(planTeamMerge(teamCopy(master, team), file).ok).toBe(false);
  });

  it('leaves out whatever in a file belongs to another team, and says so', () => {
    const { master, team, other } = room();
    const file = teamFileOf(teamCopy(master, team));
    const theirs = master.touchpoints.find((t) => t.teamId === other);
    const theirRating = master.ratings.find((r) => r.teamId === other);
    const theirPerson = master.participants.find((p) => p.teamId === other);
    const theirVote = master.votes.find((v) => v.participantId === theirPerson?.id);
    if (!theirs || !theirRating || !theirPerson || !theirVote) throw new Error('The sample lost the other team’s work.');
    // A file edited by hand, or a copy that somehow held them: the other team's card renamed, its rating and dots gone.
    const forged: TeamFileValue = {
      ...file,
      changes: {
        touchpoints: [{ before: theirs, after: { ...theirs, title: 'Renamed by someone else' } }, { before: null, after: { ...theirs, id: 'planted', title: 'Planted' } }],
        ratings: [{ before: theirRating, after: null }],
        votes: [{ before: theirVote, after: null }],
        participants: [{ before: theirPerson, after: { ...theirPerson, teamId: team } }],
      },
    };
    const p = preview(master, forged);
    expect([...p.added, ...p.changed, ...p.removed, ...p.conflicts]).toEqual([]);
    expect(p.notes).toEqual(['5 changes to other teams’ work are left out: a team file only brings in its own team’s work.']);
    const result = mergeCommand(master, forged, { [`touchpoints:${theirs.id}`]: 'team' }, contextFor('m', EXPORTED_AT));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.changes.records).toEqual({});
  });

  it('says a copy handed out without the vote cannot place dots, while the team still maps and rates', () => {
    const { master, team, people } = room();
    const copy = teamCopy(master, team, { otherTeams: false, voting: false });
    const sentence = 'The facilitator handed out this copy without the vote: the dots are placed in the room.';
    expect(teamRefusal(copy, { type: 'vote/set', participantId: at(people, 0).id, fixId: at(copy.fixes, 0).id, dots: 1 })).toBe(sentence);
    expect(teamRefusal(copy, { type: 'ballot/cast', participantId: at(people, 0).id, dots: {} })).toBe(sentence);
    expect(teamRefusal(copy, { type: 'touchpoint/add', teamId: team, stageId: at(copy.stages, 0).id, channelId: at(copy.channels, 0).id, title: 'A card' })).toBeNull();
    expect(teamRefusal(copy, { type: 'rating/set', teamId: team, touchpointId: at(copy.touchpoints, 0).id, pillarId: 'integrity', score: 3 })).toBeNull();
    // Only its own cards, and the fixes that link them, travel without sharing.
    expect(copy.touchpoints.every((t) => t.teamId === team)).toBe(true);
    expect(copy.fixes.every((f) => f.teamId === team)).toBe(true);
    // The same pack with the vote lets the team's people vote.
    expect(teamRefusal(teamCopy(master, team), { type: 'ballot/cast', participantId: at(people, 0).id, dots: {} })).toBeNull();
  });
});

describe('conflicts, each as a room makes it', () => {
  it('a card edited in both places: the workshop’s stays unless the team’s is chosen', () => {
    const { master: start, team } = room();
    const copy = teamCopy(start, team);
    const checked = card(copy, 'Online order form');
    const edited = teamDoes(copy, { type: 'touchpoint/update', touchpointId: checked.id, title: 'Online order form (9 steps)', feeling: -2 }, contextFor('t1-'));
    const master = run(start, { type: 'touchpoint/update', touchpointId: checked.id, description: 'Nine steps; the credit check fails often.' }, contextFor('f', EXPORTED_AT));
    const file = teamFileOf(edited);
    const conflict = onlyConflict(preview(master, file));
    expect(conflict).toEqual({
      id: `touchpoints:${checked.id}`,
      kind: 'edited-both',
      collection: 'touchpoints',
      what: 'the card “Online order form” (Sign up · Web)',
      sentence: 'It was edited both here and on the team’s laptop since the pack was made.',
      options: [
        { value: 'workshop', label: 'Keep this workshop’s version' },
        { value: 'team', label: 'Use the team’s version' },
      ],
      choice: 'workshop',
    });
    expect(cardOf(merged(master, file), checked.id)).toEqual(cardOf(master, checked.id));
    expect(cardOf(merged(master, file, { [conflict.id]: 'team' }), checked.id)).toEqual(cardOf(edited, checked.id));
  });

  it('a new card on a stage the facilitator removed since: it goes to the first stage, to the stage chosen, or is left out with its ratings', () => {
    const { master: start, team } = room();
    const laptop = contextFor('t1-');
    let copy = teamCopy(start, team);
    const [gone, channel] = [at(copy.stages, 4), at(copy.channels, 0).id];
    copy = teamDoes(copy, { type: 'touchpoint/add', teamId: team, stageId: gone.id, channelId: channel, title: 'Welcome call' }, laptop);
    const welcome = card(copy, 'Welcome call').id;
    copy = teamDoes(copy, { type: 'rating/set', teamId: team, touchpointId: welcome, pillarId: 'empathy', score: 5 }, laptop);
    copy = teamDoes(copy, { type: 'rating/set', teamId: team, touchpointId: welcome, pillarId: 'time-effort', score: 4 }, laptop);
    const master = run(start, { type: 'stage/remove', stageId: gone.id }, contextFor('f', EXPORTED_AT));
    const file = teamFileOf(copy);

    const p = preview(master, file);
    const conflict = onlyConflict(p);
    expect(conflict).toMatchObject({
      id: `place:${welcome}`,
      kind: 'place',
      what: 'the card “Welcome call”',
      sentence: 'The team put it on a stage that was removed here after the pack was made.',
      choice: `stage:${at(master.stages, 0).id}`,
    });
    expect(conflict.options).toEqual([
      ...master.stages.map((s) => ({ value: `stage:${s.id}`, label: `Put it in “${s.name}”` })),
      { value: 'leave-out', label: 'Leave it out, with its ratings' },
    ]);
    // The card is the question; its ratings wait on the answer, not listed as coming in on their own.
    expect(p.added.map((i) => i.label)).toEqual(['the rating of “Welcome call” on Empathy', 'the rating of “Welcome call” on Time & Effort']);

    const ratingsOf = (w: Workshop) => w.ratings.filter((r) => r.touchpointId === welcome).map((r) => r.score);
    expect(cardOf(merged(master, file), welcome)?.stageId).toBe(at(master.stages, 0).id);
    const chosen = merged(master, file, { [conflict.id]: `stage:${at(master.stages, 2).id}` });
    expect(cardOf(chosen, welcome)).toEqual({ ...cardOf(copy, welcome), stageId: at(master.stages, 2).id });
    expect(ratingsOf(chosen)).toEqual([5, 4]);
    const left = merged(master, file, { [conflict.id]: 'leave-out' });
    expect(cardOf(left, welcome)).toBeUndefined();
    expect(ratingsOf(left)).toEqual([]);
    expect(left.touchpoints).toEqual(master.touchpoints);
    // Merged again after it was placed, the card is already in: no second question.
    const p2 = preview(chosen, file);
    expect(p2.conflicts).toEqual([]);
    expect(p2.alreadyIn).toBe(3);
  });

  it('a card the team moved onto a stage removed here stays where it is unless a stage is chosen', () => {
    const { master: start, team } = room();
    const copy = teamCopy(start, team);
    const moved = card(copy, 'Order by phone');
    const gone = at(copy.stages, 5);
    const edited = teamDoes(copy, { type: 'touchpoint/move', touchpointId: moved.id, stageId: gone.id, channelId: moved.channelId, index: 0 }, contextFor('t1-'));
    const master = run(start, { type: 'stage/remove', stageId: gone.id }, contextFor('f', EXPORTED_AT));
    const file = teamFileOf(edited);
    const p = preview(master, file);
    const conflict = onlyConflict(p);
    expect(conflict).toMatchObject({
      kind: 'place',
      sentence: 'The team moved it to a stage that was removed here after the pack was made. Unless you choose a stage, it stays where it is here.',
      choice: 'leave-out',
    });
    expect(conflict.options.at(-1)).toEqual({ value: 'leave-out', label: 'Leave it where it is here' });
    expect(p.changed).toEqual([]);
    expect(cardOf(merged(master, file), moved.id)).toEqual(cardOf(master, moved.id));
    expect(cardOf(merged(master, file, { [conflict.id]: `stage:${at(master.stages, 1).id}` }), moved.id)?.stageId).toBe(at(master.stages, 1).id);
  });

  it('a new card on a stage the facilitator removed, which the team’s copy renamed: taking the stage back puts the card on it', () => {
    const { master: start, team } = room();
    const laptop = contextFor('t1-');
    const gone = at(start.stages, 6);
    // The copy's own window renamed the stage; the team put a card on it.
    let copy = run(teamCopy(start, team), { type: 'stage/rename', stageId: gone.id, name: 'The first bill' }, laptop);
    copy = teamDoes(copy, { type: 'touchpoint/add', teamId: team, stageId: gone.id, channelId: at(copy.channels, 1).id, title: 'Bill preview' }, laptop);
    const billPreview = card(copy, 'Bill preview').id;
    const master = run(start, { type: 'stage/remove', stageId: gone.id }, contextFor('f', EXPORTED_AT));
    const file = teamFileOf(copy);
    const p = preview(master, file);
    expect(p.conflicts.map((c) => c.kind)).toEqual(['frame', 'place']);
    expect(at(p.conflicts, 1).sentence).toBe(
      'The team put it on the stage “The first bill”, which was removed here after the pack was made. If you take the team’s stage or channel back into the frame, it goes there as the team left it.',
    );
    const taken = merged(master, file, { [`stages:${gone.id}`]: 'team' });
    expect(taken.stages.find((s) => s.id === gone.id)?.name).toBe('The first bill');
    expect(cardOf(taken, billPreview)).toEqual(cardOf(copy, billPreview));
    // Left out of the frame, the card goes where its own question says.
    expect(cardOf(merged(master, file), billPreview)?.stageId).toBe(at(master.stages, 0).id);
  });

  it('a stage renamed on the team’s laptop is only a suggestion: the workshop keeps its frame unless the facilitator takes it', () => {
    const { master, team } = room();
    const copy = teamCopy(master, team);
    const stage = at(copy.stages, 2);
    const rename: ClientCommand = { type: 'stage/rename', stageId: stage.id, name: 'Order' };
    // A team's page may not; a copy opened by someone who may (the laptop's own window) can.
    expect(teamRefusal(copy, rename)).not.toBeNull();
    const file = teamFileOf(run(copy, rename, contextFor('t1-')));
    const conflict = onlyConflict(preview(master, file));
    expect(conflict).toEqual({
      id: `stages:${stage.id}`,
      kind: 'frame',
      collection: 'stages',
      what: 'the stage “Sign up”',
      sentence: 'On the team’s laptop the stage “Sign up” was renamed “Order”. The frame is yours: every team’s cards sit on it.',
      options: [
        { value: 'workshop', label: 'Keep “Sign up”' },
        { value: 'team', label: 'Rename it “Order”' },
      ],
      choice: 'workshop',
    });
    expect(merged(master, file).stages).toEqual(master.stages);
    expect(merged(master, file, { [conflict.id]: 'team' }).stages.find((s) => s.id === stage.id)?.name).toBe('Order');
  });

  it('a frame name the workshop already gives another stage cannot be taken', () => {
    const { master, team } = room();
    const copy = teamCopy(master, team);
    const file = teamFileOf(run(copy, { type: 'stage/rename', stageId: at(copy.stages, 2).id, name: 'Order' }, contextFor('t1-')));
    const renamed = run(master, { type: 'stage/rename', stageId: at(master.stages, 3).id, name: 'order' }, contextFor('f', EXPORTED_AT));
    const conflict = onlyConflict(preview(renamed, file));
    expect(conflict.sentence).toBe(
      'On the team’s laptop the stage “Sign up” was renamed “Order”. The frame is yours: every team’s cards sit on it. This workshop already has a stage called “order”, so the team’s cannot be taken as it is.',
    );
    expect(conflict.options).toEqual([{ value: 'workshop', label: 'Keep “Sign up”' }]);
    expect(merged(renamed, file, { [conflict.id]: 'team' }).stages).toEqual(renamed.stages);
  });

  it('a card the team removed that was changed here since: kept unless the team’s removal is chosen', () => {
    const { master: start, team } = room();
    const copy = teamCopy(start, team);
    const banner = card(copy, 'Speed comparison banner');
    const removed = teamDoes(copy, { type: 'touchpoint/remove', touchpointId: banner.id }, contextFor('t1-'));
    const master = run(start, { type: 'touchpoint/update', touchpointId: banner.id, momentOfTruth: true }, contextFor('f', EXPORTED_AT));
    const file = teamFileOf(removed);
    const p = preview(master, file);
    const conflict = p.conflicts.find((c) => c.id === `touchpoints:${banner.id}`);
    expect(conflict).toMatchObject({
      kind: 'removed-there',
      sentence: 'The team removed it on their laptop, but it was changed here after the pack was made.',
      options: [
        { value: 'workshop', label: 'Keep it as it is here' },
        { value: 'team', label: 'Remove it' },
      ],
      choice: 'workshop',
    });
    // The ratings the removal took on the laptop wait on the same answer.
    expect(p.removed).toEqual([]);
    const ratingsOf = (w: Workshop) => w.ratings.filter((r) => r.touchpointId === banner.id && r.teamId === team);
    expect(ratingsOf(master).length).toBeGreaterThan(0);
    const kept = merged(master, file);
    expect(cardOf(kept, banner.id)).toEqual(cardOf(master, banner.id));
    expect(ratingsOf(kept)).toEqual(ratingsOf(master));
    const taken = merged(master, file, { [`touchpoints:${banner.id}`]: 'team' });
    expect(cardOf(taken, banner.id)).toBeUndefined();
    expect(ratingsOf(taken)).toEqual([]);
  });

  it('a card removed here that the team changed: it stays removed unless the team’s is brought back', () => {
    const { master: start, team } = room();
    const copy = teamCopy(start, team);
    const chat = card(copy, 'Sales chat: which plan?');
    const edited = teamDoes(copy, { type: 'touchpoint/update', touchpointId: chat.id, notes: 'Customers ask about contract length first.' }, contextFor('t1-'));
    const master = run(start, { type: 'touchpoint/remove', touchpointId: chat.id }, contextFor('f', EXPORTED_AT));
    const file = teamFileOf(edited);
    const conflict = onlyConflict(preview(master, file));
    expect(conflict).toMatchObject({ kind: 'removed-here', sentence: 'It was removed from this workshop after the pack was made, but the team changed it on their laptop.' });
    expect(cardOf(merged(master, file), chat.id)).toBeUndefined();
    expect(cardOf(merged(master, file, { [conflict.id]: 'team' }), chat.id)).toEqual(cardOf(edited, chat.id));
  });

  it('a rating made in both places, differently', () => {
    const { master: start, team } = room();
    const laptop = contextFor('t1-');
    let copy = teamCopy(start, team);
    copy = teamDoes(copy, { type: 'touchpoint/add', teamId: team, stageId: at(copy.stages, 0).id, channelId: at(copy.channels, 0).id, title: 'Coverage map' }, laptop);
    const rated = card(copy, 'Speed comparison banner').id;
    const made = start.ratings.some((r) => r.teamId === team && r.touchpointId === rated && r.pillarId === 'integrity');
    expect(made).toBe(true);
    // A rating nobody had yet: the facilitator types the team's paper score, the team rates on its laptop.
    const none = start.touchpoints.find((t) => !start.ratings.some((r) => r.teamId === team && r.touchpointId === t.id));
    if (!none) throw new Error('Every card has the team’s ratings.');
    copy = teamDoes(copy, { type: 'rating/set', teamId: team, touchpointId: none.id, pillarId: 'integrity', score: 2 }, laptop);
    const master = run(start, { type: 'rating/set', teamId: team, touchpointId: none.id, pillarId: 'integrity', score: 4 }, contextFor('f', EXPORTED_AT));
    const file = teamFileOf(copy);
    const conflict = onlyConflict(preview(master, file));
    expect(conflict).toMatchObject({
      kind: 'made-both',
      what: `the rating of “${none.title}” on Integrity`,
      sentence: 'It was made both here and on the team’s laptop, differently.',
    });
    const score = (w: Workshop) => w.ratings.find((r) => r.teamId === team && r.touchpointId === none.id && r.pillarId === 'integrity')?.score;
    expect(score(merged(master, file))).toBe(4);
    expect(score(merged(master, file, { [conflict.id]: 'team' }))).toBe(2);
  });

  it('a person’s dots changed in both places are one question about the whole ballot', () => {
    const { master: start, team, people } = room();
    const zoe = at(people, 0).id;
    const copy = teamCopy(start, team);
    const [a, b, c] = [at(start.fixes, 1).id, at(start.fixes, 5).id, at(start.fixes, 6).id];
    const voted = teamDoes(copy, { type: 'ballot/cast', participantId: zoe, dots: { [b]: 3, [c]: 1 } }, contextFor('t1-'));
    // In the room meanwhile, Zoë moved her dots at the facilitator's laptop.
    let master = run(start, { type: 'ballot/cast', participantId: zoe, dots: {} }, contextFor('f', EXPORTED_AT));
    master = run(master, { type: 'vote/set', participantId: zoe, fixId: a, dots: 3 }, contextFor('f2', EXPORTED_AT));
    const file = teamFileOf(voted);
    const conflict = onlyConflict(preview(master, file));
    expect(conflict).toEqual({
      id: `ballot:${JSON.stringify([zoe, 0])}`,
      kind: 'ballot',
      collection: 'votes',
      what: 'Zoë Martin’s dots in the first vote',
      sentence: 'These dots were changed both here and on the team’s laptop since the pack was made.',
      options: [
        { value: 'workshop', label: 'Keep the dots placed here' },
        { value: 'team', label: 'Use the dots from the team’s laptop' },
      ],
      choice: 'workshop',
    });
    const ballot = (w: Workshop) => w.votes.filter((v) => v.participantId === zoe).map((v) => [v.fixId, v.dots]);
    expect(ballot(merged(master, file))).toEqual(ballot(master));
    const taken = merged(master, file, { [conflict.id]: 'team' });
    expect(ballot(taken)).toEqual(ballot(voted));
    // Never half of each: no more dots than Zoë has.
    expect(brokenVote(taken)).toBeUndefined();
  });

  it('a ballot that no longer fits the vote’s rules is left out, and said', () => {
    const ctx = contextFor('f', EXPORTED_AT);
    const { master: voted, team, people } = room();
    // The facilitator hands out the packs before any dot is cast, then makes the vote smaller.
    const start = run(voted, { type: 'voting/reset' }, ctx);
    const copy = teamDoes(teamCopy(start, team), { type: 'ballot/cast', participantId: at(people, 1).id, dots: { [at(start.fixes, 0).id]: 3, [at(start.fixes, 2).id]: 2 } }, contextFor('t1-'));
    const master = run(start, { type: 'voting/configure', budget: 3 }, ctx);
    const file = teamFileOf(copy);
    const p = preview(master, file);
    expect(p.conflicts).toEqual([]);
    expect(p.notes).toEqual(['Łukasz Nowak’s dots in the first vote are left out: they no longer fit this workshop’s vote (3 dots each, at most 3 on one fix).']);
    const result = mergeCommand(master, file, {}, contextFor('m', EXPORTED_AT));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.changes.records).toEqual({});
  });

  it('ratings on a pillar the facilitator removed since: the team’s new ones are left out, everyone’s kept ones stay', () => {
    const { master: start, team } = room();
    const laptop = contextFor('t1-');
    let copy = teamCopy(start, team);
    const banner = card(copy, 'Speed comparison banner').id;
    copy = teamDoes(copy, { type: 'rating/set', teamId: team, touchpointId: banner, pillarId: 'empathy', score: 1 }, laptop);
    copy = teamDoes(copy, { type: 'rating/set', teamId: team, touchpointId: banner, pillarId: 'integrity', score: 5 }, laptop);
    const master = run(start, { type: 'pillar/remove', pillarId: 'empathy' }, contextFor('f', EXPORTED_AT));
    // Removing a pillar keeps its ratings, uncounted, should it come back.
    const onEmpathy = master.ratings.filter((r) => r.pillarId === 'empathy');
    expect(onEmpathy.length).toBeGreaterThan(0);
    const file = teamFileOf(copy);
    const p = preview(master, file);
    expect(p.notes).toEqual(['1 rating on pillars this workshop no longer has is left out.']);
    const after = merged(master, file);
    expect(after.ratings.filter((r) => r.pillarId === 'empathy')).toEqual(onEmpathy);
    expect(after.ratings.find((r) => r.touchpointId === banner && r.teamId === team && r.pillarId === 'integrity')?.score).toBe(5);
  });
});

describe('team files as files', () => {
  it('carry a ballot whole, and count only what changed', () => {
    const { master, team, people } = room();
    const copy = teamDoes(teamCopy(master, team), { type: 'vote/set', participantId: at(people, 0).id, fixId: at(master.fixes, 0).id, dots: 1 }, contextFor('t1-'));
    const file = makeTeamFile(copy, EXPORTED_AT);
    if (typeof file === 'string') throw new Error(file);
    const zoes = master.votes.filter((v) => v.participantId === at(people, 0).id);
    expect(file.changes.votes).toHaveLength(zoes.length);
    expect(countTeamChanges(file.changes)).toBe(1);
  });

  it('refuse a change that holds no record, or two different ones, with a sentence', () => {
    const { master, team } = room();
    const file = teamFileOf(teamCopy(master, team));
    const [a, b] = [at(master.touchpoints, 0), at(master.touchpoints, 1)];
    const damaged = [{ touchpoints: [{ before: null, after: null }] }, { touchpoints: [{ before: a, after: b }] }];
    for (const changes of damaged) {
      expect(parseTeamFile({ ...file, changes })).toEqual({
        ok: false,
        message: 'This team file is damaged: parts of it cannot be read, so nothing of it was merged.',
      });
    }
    expect(parseTeamFile(JSON.parse(JSON.stringify(file))).ok).toBe(true);
  });

  it('merge by the pure function exactly as by the command', () => {
    const { master, team } = room();
    const laptop = contextFor('t1-');
    let copy = teamCopy(master, team);
    copy = teamDoes(copy, { type: 'touchpoint/add', teamId: team, stageId: at(copy.stages, 3).id, channelId: at(copy.channels, 1).id, title: 'Engineer ETA text' }, laptop);
    const file = teamFileOf(copy);
    const at12 = '2026-11-23T12:00:01.000Z';
    const pure = mergeTeamFile(master, file, {}, at12);
    if (!pure.ok) throw new Error(pure.message);
    expect(merged(master, file, {}, { newId: contextFor('m').newId, now: () => at12 })).toEqual(pure.state);
  });
});
