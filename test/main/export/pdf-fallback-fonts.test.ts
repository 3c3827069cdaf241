// Characters Noto Sans lacks print in the fallback fonts, switched per run of
// text: "≥ 90 %" prints whole, where it once printed " 90 %"; runs line up
// with the measured width, so right- and centre-aligned text still lines up;
// a workshop needing no fallback embeds none. What no font draws is left out
// (and named on the Export screen first); the code points the Export screen
// checks are kept equal to the fonts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { renderActionPlanPdf } from '../../../main/export/pdf';
import { FONT_FAMILY, printableRanges, registerFonts, woffToTtf } from '../../../main/export/pdf/fonts';
import { printableModule } from '../../../main/export/pdf/write-printable';
import type { Workshop } from '../../../shared/model';
import { apply, at } from '../../shared/helpers';
import { extractPdf, listFonts, squeeze, writeForReview } from './pdf-inspect';
import { GENERATED_AT, sampleWorkshop } from './workshops';

const SYMBOLS = 'Answer ≥ 90 % of calls → in ≤ 60 s ✓';

function withSymbols(): Workshop {
  const w = sampleWorkshop();
  return apply(w, { type: 'action/update', actionId: at(w.actions, 0).id, title: SYMBOLS, successMeasure: 'Repeat calls ≠ 0 ★ 会計 😀' });
}

describe('the PDF’s fallback fonts', () => {
  it('print maths signs and symbols Noto Sans lacks, in Noto Sans Math, and leave out only what no font has', async () => {
    const bytes = await renderActionPlanPdf(withSymbols(), { paper: 'a4', generatedAt: GENERATED_AT });
    writeForReview(bytes, 'fallback-fonts');
    const text = squeeze((await extractPdf(bytes)).text);
    expect(text).toContain(squeeze(SYMBOLS));
    expect(text).toContain(squeeze('Repeat calls ≠ 0 ★'));
    expect(text).not.toContain('会');
    expect(listFonts(bytes).map((f) => f.name)).toContain('NotoSansMath');
  });

  it('embeds no fallback font when the text needs none', async () => {
    const bytes = await renderActionPlanPdf(sampleWorkshop(), { paper: 'a4', generatedAt: GENERATED_AT });
    expect(listFonts(bytes).map((f) => f.name).filter((name) => name !== FONT_FAMILY)).toEqual([]);
  });

  it('measures a fallback character in its own font, so aligned text ends where it should', async () => {
    const doc = new jsPDF({ unit: 'pt', format: 'a4' });
    registerFonts(doc);
    doc.setFontSize(10);
    const plain = doc.getTextWidth('x 90 %');
    const withSign = doc.getTextWidth('≥ 90 %');
    // “≥” is measured as the math font draws it: wider than nothing, not the width of a missing-glyph box.
    expect(withSign).toBeGreaterThan(plain - doc.getTextWidth('x') + 3);
    doc.text('≥ 90 %', 300, 100, { align: 'right' });
    const runs = (await extractPdf(new Uint8Array(doc.output('arraybuffer')))).pages[0]?.runs ?? [];
    const right = Math.max(...runs.map((r) => r.x + r.width));
    const left = Math.min(...runs.map((r) => r.x));
    expect(right).toBeCloseTo(300, 0);
    expect(left).toBeCloseTo(300 - withSign, 0);
  });

  it('unpacks a WOFF font to the TrueType it wraps', () => {
    const require = (specifier: string) => fileURLToPath(import.meta.resolve(specifier));
    const ttf = woffToTtf(readFileSync(require('@fontsource/noto-sans-symbols-2/files/noto-sans-symbols-2-braille-400-normal.woff')));
    expect(Buffer.from(ttf.subarray(0, 4)).toString('hex')).toBe('00010000');
    expect(ttf.length % 4).toBe(0);
  });

  it('keeps the Export screen’s list of printable characters equal to the fonts (npx tsx main/export/pdf/write-printable.ts)', () => {
    const written = readFileSync(fileURLToPath(new URL('../../../shared/present/pdf-printable.ts', import.meta.url)), 'utf8');
    expect(written).toBe(printableModule(printableRanges()));
  });
});
