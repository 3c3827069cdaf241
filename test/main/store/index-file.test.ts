// The library index (main/store/index-file.ts): each summary carries its workshop's locale, so the
// library writes each workshop's dates its own way; an index written before summaries carried it is
// not trusted but rebuilt from the workshop files, so no row falls back to another way of writing dates.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeDisk } from '../../../main/store/disk';
import { indexFileContent, readIndexFile, type IndexEntry } from '../../../main/store/index-file';
import { summarise } from '../../../main/store/summary';
import { blankWorkshop } from '../support/temp-data';

const indexPath = () => join(mkdtempSync(join(tmpdir(), 'jr-index-')), 'index.json');

describe('the library index', () => {
  it('keeps each workshop’s locale in its summary', () => {
    const american = { ...blankWorkshop('Renewals'), locale: 'en-US' };
    const entry: IndexEntry = { summary: summarise(american), mtimeMs: 1, size: 2 };
    expect(entry.summary.locale).toBe('en-US');

    const path = indexPath();
    writeFileSync(path, JSON.stringify(indexFileContent(new Map([[american.id, entry]]))));
    expect(readIndexFile(path, nodeDisk).get(american.id)?.summary.locale).toBe('en-US');
  });

  it('reads an index written before summaries carried a locale as nothing, so it is rebuilt from the files', () => {
    const workshop = blankWorkshop('Older index');
    const withoutLocale: Record<string, unknown> = { ...summarise(workshop) };
    delete withoutLocale['locale'];
    const path = indexPath();
    writeFileSync(path, JSON.stringify({ version: 2, entries: { [workshop.id]: { summary: withoutLocale, mtimeMs: 1, size: 2 } } }));
    expect(readIndexFile(path, nodeDisk).size).toBe(0);
  });
});
