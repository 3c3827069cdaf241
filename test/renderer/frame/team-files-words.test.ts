// The merge preview's words, on a real round trip: the facilitator's workshop, a team pack, the team's copy
// worked on with the real reducer, its team file, and the preview of merging it back — counted and grouped
// by kind, each conflict's two versions, the lead and the notice after, and the files that are refused.
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { createBlankWorkshop, sequentialIds } from '../../../shared/new-workshop';
import { applyCommand } from '../../../shared/reducer';
import { planTeamMerge, TAKE_TEAM, type MergePreview } from '../../../shared/team-files/merge';
import { makeTeamFile } from '../../../shared/team-files/team-file';
import { makeTeamPack, parseTeamPack, teamCopyFromPack } from '../../../shared/team-files/team-pack';
import {
  alreadyInSentence,
  capitalised,
  changeGroups,
  conflictVersions,
  defaultChoices,
  fileRefusal,
  joinWords,
  mergeChangesSomething,
  mergedSentence,
  nothingToMerge,
  packOutcome,
  previewLead,
  readTeamFile,
  type TeamFileData,
} from '../../../renderer/features/frame/team-files-words';

const NOW = '2026-11-20T10:00:00.000Z';
const newId = sequentialIds('x');

function apply(start: Workshop, commands: (w: Workshop) => readonly ClientCommand[]): Workshop {
  let state = start;
  for (const command of commands(state)) {
    const result = applyCommand(state, command, { now: () => NOW, newId });
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
    state = result.state;
  }
  return state;
}

const byName = <T extends { readonly id: string; readonly name: string }>(list: readonly T[], name: string) => {
  const found = list.find((item) => item.name === name);
  if (!found) throw new Error(`No ${name}`);
  return found.id;
};
const card = (w: Workshop, title: string) => {
  const found = w.touchpoints.find((t) => t.title === title);
  if (!found) throw new Error(`No card ${title}`);
  return found.id;
};

/** The facilitator's workshop: Team Blue has a card "Checkout", Team Orange one of its own. */
function master(): Workshop {
  const blank = createBlankWorkshop({ title: 'Renewal journey', now: NOW, newId });
  return apply(blank, (w) => {
    const stage = w.stages[0]?.id ?? '';
    const channel = w.channels[0]?.id ?? '';
    const blue = w.teams[0]?.id ?? '';
    return [
      { type: 'team/rename', teamId: blue, name: 'Team Blue' },
      { type: 'team/add', name: 'Team Orange' },
      { type: 'touchpoint/add', teamId: blue, stageId: stage, channelId: channel, title: 'Checkout' },
    ];
  });
}

/** Team Blue's copy of `start`, the commands applied on the team's laptop, and its team file. */
function teamFileOf(start: Workshop, work: (copy: Workshop, teamId: string) => readonly ClientCommand[]): TeamFileData {
  const teamId = byName(start.teams, 'Team Blue');
  const packed = makeTeamPack(start, teamId, { otherTeams: true, voting: false }, { packId: 'pack-1', now: NOW });
  if (typeof packed === 'string') throw new Error(packed);
  const parsed = parseTeamPack(JSON.parse(JSON.stringify(packed)));
  if (!parsed.ok) throw new Error(parsed.message);
  const copy = teamCopyFromPack(parsed.pack, { newId: 'copy-1', now: NOW });
  const worked = apply(copy, (w) => work(w, teamId));
  const made = makeTeamFile(worked, NOW);
  if (typeof made === 'string') throw new Error(made);
  // Through a file on a stick and back, as the facilitator's page reads it.
  const read = readTeamFile(JSON.stringify(made));
  if (!read.ok) throw new Error(read.message);
  return read.file;
}

function preview(w: Workshop, file: TeamFileData): MergePreview {
  const planned = planTeamMerge(w, file);
  if (!planned.ok) throw new Error(planned.message);
  return planned.preview;
}

describe('what a team file brings, in the preview', () => {
  it('counts the new, changed and removed records by kind and lists each', () => {
    const start = master();
    const file = teamFileOf(start, (copy, teamId) => {
      const stage = copy.stages[1]?.id ?? '';
      const channel = copy.channels[0]?.id ?? '';
      const pillars = copy.framework.pillars.slice(0, 3).map((p) => p.id);
      return [
        { type: 'touchpoint/add', teamId, stageId: stage, channelId: channel, title: 'Renewal letter' },
        { type: 'touchpoint/add', teamId, stageId: stage, channelId: channel, title: 'Reminder call' },
        ...pillars.map((pillarId): ClientCommand => ({ type: 'rating/set', teamId, touchpointId: card(copy, 'Checkout'), pillarId, score: 4 })),
        { type: 'fix/add', teamId, title: 'Shorter form', touchpointIds: [], pillarIds: [], impact: 4, effort: 2 },
      ];
    });
    const shown = preview(start, file);
    const groups = changeGroups(shown);
    expect(groups.map((g) => [g.heading, g.counts])).toEqual([['New', '2 cards, 3 ratings and 1 fix']]);
    const kinds = groups[0]?.kinds ?? [];
    expect(kinds.map((k) => [k.heading, k.items.length])).toEqual([
      ['Cards', 2],
      ['Ratings', 3],
      ['Fixes', 1],
    ]);
    expect(kinds[0]?.items[0]).toMatch(/^the card “(Renewal letter|Reminder call)” \(/);
    expect(kinds[1]?.items[0]).toMatch(/^the rating of “Checkout” on /);
    expect(previewLead(shown)).toBe('This is what Team Blue’s work brings into the workshop. Nothing in it clashes with changes made here.');
    expect(nothingToMerge(shown)).toBe(false);
    expect(alreadyInSentence(shown.alreadyIn)).toBeNull();
    expect(mergedSentence(shown, defaultChoices(shown), file.teamName)).toBe(
      'Merged Team Blue’s team file: 2 cards, 3 ratings and 1 fix added. ' +
        'Undo takes it back, or the restore point “Before merging the team file of Team Blue” in History.',
    );
  });

  it('says so plainly when everything in the file is already in the workshop', () => {
    const start = master();
    const file = teamFileOf(start, (copy, teamId) => [
      { type: 'touchpoint/add', teamId, stageId: copy.stages[0]?.id ?? '', channelId: copy.channels[0]?.id ?? '', title: 'Renewal letter' },
    ]);
    // The file merged once already: the same records are in the workshop now.
    const merged = apply(start, () => [{ type: 'team-file/merge', file, choices: {} }]);
    const again = preview(merged, file);
    expect(nothingToMerge(again)).toBe(true);
    expect(previewLead(again)).toBe('Everything in this file is already in the workshop. There is nothing to merge.');
    expect(alreadyInSentence(again.alreadyIn)).toBe('1 change in this file is already in this workshop, so it is left as it is.');
    expect(alreadyInSentence(3)).toBe('3 changes in this file are already in this workshop, so they are left as they are.');

    const untouched = preview(start, teamFileOf(start, () => []));
    expect(previewLead(untouched)).toBe('This file holds no changes: Team Blue’s copy is as it was handed out. There is nothing to merge.');
  });

  it('shows both versions of a card edited here and on the team’s laptop, and counts the team’s choice', () => {
    const start = master();
    const file = teamFileOf(start, (copy) => [{ type: 'touchpoint/update', touchpointId: card(copy, 'Checkout'), title: 'Checkout page', feeling: -1 }]);
    const here = apply(start, (w) => [{ type: 'touchpoint/update', touchpointId: card(w, 'Checkout'), title: 'Checkout (web)' }]);
    const shown = preview(here, file);
    expect(shown.conflicts).toHaveLength(1);
    const conflict = shown.conflicts[0];
    if (!conflict) throw new Error('no conflict');
    expect(conflict.kind).toBe('edited-both');
    // The question names the card as the facilitator sees it here; the two versions below show both titles.
    expect(capitalised(conflict.what)).toMatch(/^The card “Checkout \(web\)” \(/);
    expect(conflictVersions(conflict, here, file)).toEqual([
      { label: 'Title', here: 'Checkout (web)', team: 'Checkout page' },
      { label: 'Feeling', here: 'Neutral', team: 'Unhappy' },
    ]);
    expect(previewLead(shown)).toBe(
      'This is what Team Blue’s work brings into the workshop. One thing was changed both here and on the team’s laptop: choose which to keep.',
    );
    const kept = defaultChoices(shown);
    expect(mergeChangesSomething(shown, kept)).toBe(false);
    const taken = { [conflict.id]: TAKE_TEAM };
    expect(mergeChangesSomething(shown, taken)).toBe(true);
    expect(mergedSentence(shown, taken, file.teamName)).toBe(
      'Merged Team Blue’s team file. Of the 1 conflict, 1 takes the team’s version. ' +
        'Undo takes it back, or the restore point “Before merging the team file of Team Blue” in History.',
    );
    expect(mergedSentence(shown, kept, file.teamName)).toContain('Of the 1 conflict, none take the team’s version.');
  });

  it('shows nothing to compare for a conflict where one side removed the record', () => {
    const start = master();
    const file = teamFileOf(start, (copy) => [{ type: 'touchpoint/update', touchpointId: card(copy, 'Checkout'), title: 'Checkout page' }]);
    const here = apply(start, (w) => [{ type: 'touchpoint/remove', touchpointId: card(w, 'Checkout') }]);
    const conflict = preview(here, file).conflicts[0];
    if (!conflict) throw new Error('no conflict');
    expect(conflict.kind).toBe('removed-here');
    expect(conflictVersions(conflict, here, file)).toEqual([]);
  });
});

describe('reading a picked file', () => {
  it('refuses what is not a team file with a sentence, and names the file when several were picked', () => {
    expect(readTeamFile('{"kind": "journey-room/team-pack"}')).toEqual({
      ok: false,
      message: 'This is a team pack, the file a team opens on its laptop. Merge the team file the team exports from its copy when it is done.',
    });
    expect(readTeamFile('{"title": "a workshop"}')).toEqual({
      ok: false,
      message: 'This is not a team file. A team file is what a team exports from its copy, on the Export screen.',
    });
    expect(readTeamFile('{"kind": "journey-room/team-fi')).toEqual({
      ok: false,
      message: 'This file cannot be read: it is damaged, or it is not a team file.',
    });
    expect(fileRefusal('blue.json', 'This is not a team file.', true)).toBe('“blue.json”: This is not a team file.');
    expect(fileRefusal('blue.json', 'This is not a team file.', false)).toBe('This is not a team file.');
  });

  it('reads a team file back as the file it was', () => {
    const file = teamFileOf(master(), () => []);
    const read = readTeamFile(JSON.stringify(file));
    expect(read.ok && read.file.teamName).toBe('Team Blue');
  });
});

describe('the pack export’s outcome', () => {
  it('names the team in every ending', () => {
    expect(packOutcome({ kind: 'downloaded', fileName: 'Renewal - Team Blue - pack.json' }, 'Team Blue')).toEqual({
      tone: 'success',
      text: 'Downloaded Team Blue’s pack as Renewal - Team Blue - pack.json. Look in your downloads folder.',
    });
    expect(packOutcome({ kind: 'saved', path: '/media/stick/blue.json' }, 'Team Blue').text).toBe('Saved Team Blue’s pack to /media/stick/blue.json');
    expect(packOutcome({ kind: 'cancelled' }, 'Team Blue').tone).toBe('neutral');
    expect(packOutcome({ kind: 'failed', message: 'The disk is full.' }, 'Team Blue').text).toBe('Team Blue’s pack could not be made: The disk is full.');
  });

  it('joins words as a sentence does', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
