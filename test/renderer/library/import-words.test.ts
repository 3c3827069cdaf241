// What the library says about an import: files too big to send are refused before they are read or
// sent, an imported workshop and a team's pack are named, a migrated file says so, the question about
// a workshop already there names it, and a refusal keeps the host's sentence and says nothing changed.
import { describe, expect, it } from 'vitest';
import { existsWords, fileSizeRefusal, importedWords, refusedWords, textSizeRefusal } from '../../../renderer/features/library/import-words';
import { IMPORT_TEXT_MAX, type WorkshopSummary } from '../../../shared/wire';

const SUMMARY: WorkshopSummary = {
  id: 'w1',
  title: 'Renewal journey',
  organisation: 'Brightline',
  phase: 'map',
  updatedAt: '2026-11-23T09:00:00.000Z',
  teamCount: 3,
  touchpointCount: 12,
  locale: 'en-GB',
};
const COPY: WorkshopSummary = {
  ...SUMMARY,
  id: 'c1',
  title: 'Renewal journey — Team Blue',
  teamCopy: { teamName: 'Team Blue', masterTitle: 'Renewal journey', packId: 'p1' },
};

describe('sizes', () => {
  it('refuses a file over the bound before reading it, and reads anything within', () => {
    expect(fileSizeRefusal(400 * 1024)).toBeNull();
    expect(fileSizeRefusal(IMPORT_TEXT_MAX)).toBeNull();
    expect(fileSizeRefusal(IMPORT_TEXT_MAX + 1)).toBe('This file is too big to be a Journey Room workshop (more than 50 MB).');
  });

  it('refuses a text the request could not carry once escaped', () => {
    expect(textSizeRefusal('{"title":"Renewal journey"}')).toBeNull();
    // Control characters are written six bytes each in JSON: a file of them cannot travel within the bound.
    expect(textSizeRefusal('\u0001'.repeat(IMPORT_TEXT_MAX))).toMatch(/too big/);
    expect(textSizeRefusal('x'.repeat(IMPORT_TEXT_MAX + 1))).toMatch(/too big/);
  });
});

describe('what an import says', () => {
  it('names the workshop imported, and says when an older file was brought up to date', () => {
    expect(importedWords({ kind: 'imported', workshop: SUMMARY, migrated: false, teamCopy: false })).toEqual({
      headline: 'Imported “Renewal journey”',
      detail: null,
    });
    expect(importedWords({ kind: 'imported', workshop: SUMMARY, migrated: true, teamCopy: false }).detail).toBe(
      'It was saved by an older version of Journey Room and has been brought up to date here; the file itself is unchanged.',
    );
  });

  it('names the team and the facilitator’s workshop of a team’s pack, and what to do next', () => {
    expect(importedWords({ kind: 'imported', workshop: COPY, migrated: false, teamCopy: true })).toEqual({
      headline: 'Opened Team Blue’s pack of “Renewal journey”',
      detail: 'Work in it, then export the team file from Export and hand it back to the facilitator.',
    });
  });

  it('asks about a workshop already in the library, naming it and the copy keeping both would make', () => {
    const words = existsWords(SUMMARY, 'renewal.json');
    expect(words.title).toBe('“Renewal journey” is already in your library');
    expect(words.body).toContain('The file “renewal.json” holds the same workshop.');
    expect(words.body).toContain('“Renewal journey (copy)”');
    expect(words.body).toContain('Nothing is overwritten.');
    expect(existsWords(COPY, 'pack.json').body).toMatch(/^This team pack was opened on this computer before, as “Renewal journey — Team Blue”\./);
  });

  it('keeps the host’s sentence for a refused file and says nothing changed', () => {
    expect(refusedWords('notes.txt', 'This file is not a Journey Room workshop.')).toBe(
      '“notes.txt” was not imported. This file is not a Journey Room workshop. Nothing was added to your library.',
    );
    expect(refusedWords('', 'The connection dropped')).toBe('The file was not imported. The connection dropped. Nothing was added to your library.');
  });
});
