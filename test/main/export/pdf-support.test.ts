/**
 * The parts around the PDF a user meets directly: the file name offered in
 * the save dialog, fonts read once rather than on every export, and a big
 * workshop still producing a small file quickly.
 */
import { describe, expect, it } from 'vitest';
import { defaultPdfFileName, renderActionPlanPdf } from '../../../main/export/pdf';
import { loadFontData } from '../../../main/export/pdf/fonts';
import { createLargeWorkshop } from '../../fixtures/large-workshop';
import { extractPdf, qpdfCheck, writeForReview } from './pdf-inspect';
import { emptyWorkshop, GENERATED_AT, longTitle } from './workshops';

const DAY = new Date(2026, 10, 23, 15, 30);

describe('defaultPdfFileName', () => {
  it('names the file after the workshop and the local date', () => {
    const workshop = { ...emptyWorkshop(), title: 'Home broadband' };
    expect(defaultPdfFileName(workshop, DAY)).toBe('Home broadband - action plan - 2026-11-23.pdf');
  });

  it('drops characters Windows or macOS refuse and keeps letters in any script', () => {
    const workshop = { ...emptyWorkshop(), title: 'Q3: "Zoë/Łódź" <Παναγιώτα> Дмитрий? a|b*c\\d\u0007' };
    const name = defaultPdfFileName(workshop, DAY);
    expect(name).toBe('Q3 Zoë Łódź Παναγιώτα Дмитрий a b c d - action plan - 2026-11-23.pdf');
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect([...name].some((ch) => (ch.codePointAt(0) ?? 0) < 0x20)).toBe(false);
  });

  it('never starts with a dot, never ends the title in dots or spaces, and falls back when nothing is left', () => {
    expect(defaultPdfFileName({ ...emptyWorkshop(), title: '..hidden plan...' }, DAY)).toBe('hidden plan - action plan - 2026-11-23.pdf');
    expect(defaultPdfFileName({ ...emptyWorkshop(), title: '???' }, DAY)).toBe('Workshop - action plan - 2026-11-23.pdf');
  });

  it('keeps the name well within file-system limits for very long titles', () => {
    const name = defaultPdfFileName({ ...emptyWorkshop(), title: longTitle('Workshop') }, DAY);
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThan(255);
    expect(name.endsWith(' - action plan - 2026-11-23.pdf')).toBe(true);
    const greek = defaultPdfFileName({ ...emptyWorkshop(), title: 'Π'.repeat(200) }, DAY);
    expect(Buffer.byteLength(greek, 'utf8')).toBeLessThan(255);
  });
});

describe('PDF fonts', () => {
  it('reads the Noto Sans files once per process, not once per export', async () => {
    await renderActionPlanPdf(emptyWorkshop(), { paper: 'a4', generatedAt: GENERATED_AT });
    const first = loadFontData();
    await renderActionPlanPdf(emptyWorkshop(), { paper: 'letter', generatedAt: GENERATED_AT });
    expect(loadFontData()).toBe(first);
    // Real TrueType data: base64 of the 0x00010000 sfnt version.
    expect(first.normal.startsWith('AAEAAA')).toBe(true);
    expect(first.bold.startsWith('AAEAAA')).toBe(true);
  });
});

describe('PDF of a large workshop', () => {
  it('stays under 500 KB with every action and fix listed', async () => {
    const workshop = createLargeWorkshop();
    const started = performance.now();
    const bytes = await renderActionPlanPdf(workshop, { paper: 'a4', generatedAt: GENERATED_AT });
    const elapsed = performance.now() - started;
    console.log(`Large workshop PDF: ${(bytes.length / 1024).toFixed(0)} KB in ${elapsed.toFixed(0)} ms`);
    writeForReview(bytes, 'large-a4');
    expect(bytes.length).toBeLessThan(500 * 1024);
    qpdfCheck(bytes);
    const pdf = await extractPdf(bytes);
    const lastAction = workshop.actions.at(-1);
    expect(lastAction).toBeDefined();
    expect(pdf.text).toContain(lastAction?.title ?? '');
    expect(pdf.text).toContain(`${workshop.actions.length}`);
  });
});
