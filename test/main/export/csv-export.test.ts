/**
 * The spreadsheet exports, read back the way Excel and a CSV parser would:
 * BOM first, a header row, RFC 4180 quoting for commas, quotes and line
 * breaks, accents intact, and N/A never turned into a number.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS_CSV_HEADER, actionsCsv, BOM, RATINGS_CSV_HEADER, ratingsCsv, toCsv, workshopJson } from '../../../main/export/csv';
import { parseWorkshopFile } from '../../../shared/workshop-file';
import { countedRatings } from '../../../shared/selectors';
import { emptyWorkshop, internationalWorkshop, sampleWorkshop } from './workshops';

/** A small RFC 4180 reader, so the tests check what a parser gets back, not our own strings. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const body = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field).toBe('');
  return rows;
}

describe('CSV quoting', () => {
  it('quotes commas, quotes and line breaks, ends every record with CRLF and starts with a BOM', () => {
    const text = toCsv(['A', 'B'], [['plain', 'with, comma'], ['say "hi"', 'two\nlines'], [3, null]]);
    expect(text).toBe(`${BOM}A,B\r\nplain,"with, comma"\r\n"say ""hi""","two\nlines"\r\n3,\r\n`);
    expect(parseCsv(text)).toEqual([['A', 'B'], ['plain', 'with, comma'], ['say "hi"', 'two\nlines'], ['3', '']]);
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(parseCsv(toCsv(['A'], [['=HYPERLINK("x")'], ['+44 20'], ['@SUM(A1)'], ['fine']]))).toEqual([['A'], ['\'=HYPERLINK("x")'], ["'+44 20"], ["'@SUM(A1)"], ['fine']]);
  });
});

describe('actionsCsv', () => {
  it('lists every action in priority order with owner, due date, measure, pillar, touchpoint, fix and dots', () => {
    const workshop = internationalWorkshop();
    const rows = parseCsv(actionsCsv(workshop));
    expect(rows[0]).toEqual([...ACTIONS_CSV_HEADER]);
    expect(rows).toHaveLength(workshop.actions.length + 1);
    expect(rows[1]).toEqual(['1', 'Jeden numer, bez menu', 'Дмитрий Соколов', '2027-01-15', 'Czas oczekiwania poniżej 2 minut', 'Planned', 'Integrity', 'Zgłoszenie usterki', 'Jeden numer, bez menu', '5', 'First vote']);
    // Not set stays empty rather than invented.
    expect(rows[2]).toEqual(['2', 'Γραπτή επιβεβαίωση ραντεβού', 'Παναγιώτα Κωνσταντίνου', '', '', 'Planned', '', 'Επίσκεψη τεχνικού', 'Γραπτή επιβεβαίωση ραντεβού', '3', 'First vote']);
  });

  it('is just the header for a workshop with no actions', () => {
    expect(actionsCsv(emptyWorkshop())).toBe(`${BOM}${ACTIONS_CSV_HEADER.join(',')}\r\n`);
  });
});

describe('ratingsCsv', () => {
  it('has one row per counted rating, N/A written out, with team, stage and channel', () => {
    const workshop = sampleWorkshop();
    const rows = parseCsv(ratingsCsv(workshop));
    expect(rows[0]).toEqual([...RATINGS_CSV_HEADER]);
    expect(rows).toHaveLength(countedRatings(workshop).length + 1);
    const scores = rows.slice(1).map((r) => r[5]);
    expect(scores.every((s) => s === 'N/A' || /^[1-5]$/.test(s ?? ''))).toBe(true);
    expect(scores).toContain('N/A');
    const teamNames = new Set(workshop.teams.map((t) => t.name));
    expect(rows.slice(1).every((r) => teamNames.has(r[0] ?? ''))).toBe(true);
  });

  it('keeps Greek and Polish names intact', () => {
    const rows = parseCsv(ratingsCsv(internationalWorkshop()));
    expect(rows.some((r) => r[0] === 'Ομάδα Νότος' && r[1] === 'Επίσκεψη τεχνικού' && r[5] === 'N/A')).toBe(true);
    expect(rows.some((r) => r[0] === 'Zespół Północ' && r[2] === 'Report a fault')).toBe(true);
  });
});

describe('workshopJson', () => {
  it('writes a file Journey Room opens again as the same workshop', () => {
    const workshop = internationalWorkshop();
    const parsed = parseWorkshopFile(JSON.parse(workshopJson(workshop)));
    expect(parsed.ok && parsed.workshop).toEqual(workshop);
  });
});
