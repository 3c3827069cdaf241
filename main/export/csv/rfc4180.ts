/**
 * CSV text as RFC 4180 describes it and as Excel reads it: fields quoted when
 * they hold a comma, quote or line break (quotes doubled), CRLF between
 * records, and a UTF-8 byte-order mark first so Excel opens "Łódź" and
 * "Παναγιώτα" as typed instead of guessing a legacy code page.
 */

/** The UTF-8 byte-order mark, as the first character of the text. */
export const BOM = '\uFEFF';

export type CsvValue = string | number | null;

/**
 * Text a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "@SUM")
 * gets a leading apostrophe, the usual guard against CSV injection: the file
 * comes from a room of people and goes to someone's spreadsheet.
 */
function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: BOM, header row, then one record per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const records = [header, ...rows].map((row) => row.map(field).join(','));
  return `${BOM}${records.map((r) => `${r}\r\n`).join('')}`;
}
