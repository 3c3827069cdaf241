/**
 * The PDF action plan as leadership receives it: rendered from real
 * workshops, then read back with pdfjs, poppler and qpdf. Page images land in
 * test-output/pdf/ for a person to look over.
 */
import { describe, expect, it } from 'vitest';
import { renderActionPlanPdf } from '../../../main/export/pdf';
import { overallIndex } from '../../../shared/selectors';
import type { Workshop } from '../../../shared/model';
import { extractPdf, listFonts, overlappingRuns, qpdfCheck, squeeze, writeForReview } from './pdf-inspect';
import type { ExtractedPdf } from './pdf-inspect';
import { emptyWorkshop, GENERATED_AT, internationalWorkshop, longTitlesWorkshop, sampleWorkshop } from './workshops';

async function render(workshop: Workshop, paper: 'a4' | 'letter', reviewName: string): Promise<{ bytes: Uint8Array; pdf: ExtractedPdf }> {
  const bytes = await renderActionPlanPdf(workshop, { paper, generatedAt: GENERATED_AT });
  writeForReview(bytes, reviewName);
  return { bytes, pdf: await extractPdf(bytes) };
}

/**
 * Every page: the footer's "Page X of Y" and generated-at, text inside the
 * paper with a margin, and no two lines on top of each other.
 */
function expectTidyPages(pdf: ExtractedPdf): void {
  pdf.pages.forEach((page, i) => {
    expect(page.text).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
    expect(page.text).toContain('Generated 23 November 2026 at');
    for (const run of page.runs) {
      expect(run.x, `"${run.text}" starts left of the margin`).toBeGreaterThanOrEqual(40);
      expect(run.x + run.width, `"${run.text}" runs past the right margin`).toBeLessThanOrEqual(page.width - 40);
      expect(run.y, `"${run.text}" is below the bottom margin`).toBeGreaterThanOrEqual(20);
      expect(run.y, `"${run.text}" is above the top margin`).toBeLessThanOrEqual(page.height - 20);
    }
    expect(overlappingRuns(page).map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([]);
  });
}

function expectValidFile(bytes: Uint8Array): void {
  expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors found');
  const fonts = listFonts(bytes);
  expect(fonts.length).toBeGreaterThan(0);
  // Only Noto Sans, embedded with a Unicode map; no unembedded standard fonts.
  for (const font of fonts) {
    expect(font.name).toMatch(/NotoSans/);
    expect(font.embedded).toBe(true);
    expect(font.unicode).toBe(true);
    expect(font.encoding).toBe('Identity-H');
  }
}

describe('PDF action plan', () => {
  it('puts the decision on page one of the sample workshop, then scores, actions and ranked fixes', async () => {
    const workshop = sampleWorkshop();
    const { bytes, pdf } = await render(workshop, 'a4', 'sample-a4');
    const [first] = pdf.pages;
    if (first === undefined) throw new Error('The PDF has no pages.');

    expect(first.text).toContain(workshop.title);
    expect(first.text).toContain('Brightline Broadband');
    expect(first.text).toContain('Amira Okafor');
    expect(first.text).toContain('Participants 9');
    const index = overallIndex(workshop);
    expect(index).not.toBeNull();
    expect(first.text).toContain(`Overall pillar index ${Math.round(index ?? -1)} out of 100`);
    for (const action of workshop.actions) {
      expect(first.text).toContain(action.title);
      expect(first.text).toContain(action.owner);
    }

    const rest = pdf.pages.slice(1).map((p) => p.text).join('\n');
    expect(rest).toContain('Pillar scores');
    for (const pillar of workshop.framework.pillars) expect(rest).toContain(pillar.name);
    expect(rest).toContain('Actions in priority order');
    expect(rest).toContain('Head of Customer Care');
    expect(rest).toContain('Fixes ranked by dots');
    expect(rest).toContain('Two-hour engineer slots');
    // The running header names the workshop on every page.
    for (const page of pdf.pages) {
      const header = page.runs.filter((r) => r.y > page.height - 60).map((r) => r.text);
      expect(header).toEqual([workshop.title]);
    }

    expect(pdf.info['Title']).toBe(`${workshop.title} – action plan`);
    expect(pdf.info['Author']).toBe('Amira Okafor');
    expect(pdf.info['Creator']).toBe('Journey Room');
    expect(pdf.info['Subject']).toBe('Customer experience action plan');
    expect(pdf.info['Language']).toBe('en-GB');
    // A4 throughout; wide sections (heatmap, journey) turn the page to landscape.
    const a4 = (p: { width: number; height: number }): boolean =>
      Math.abs(Math.min(p.width, p.height) - 595.28) < 1 && Math.abs(Math.max(p.width, p.height) - 841.89) < 1;
    expect(pdf.pages.every(a4)).toBe(true);
    expect(pdf.pages[0]?.width).toBeCloseTo(595.28, 0);
    expectTidyPages(pdf);
    expectValidFile(bytes);
    // Two 630 KB TrueType files went in: only a subset of each can fit in this.
    expect(bytes.length).toBeLessThan(150_000);
  });

  it('prints Polish, Greek and Cyrillic names as typed, and shows tied fixes as ties', async () => {
    const workshop = internationalWorkshop();
    const { bytes, pdf } = await render(workshop, 'a4', 'international-a4');
    for (const name of ['Zoë Łukasz', 'Agencja Łódź', 'Zespół Północ', 'Ομάδα Νότος', 'Παναγιώτα Κωνσταντίνου', 'Дмитрий Соколов', 'Звонок за час до визита']) {
      expect(pdf.text).toContain(name);
    }
    expect(pdf.text).toContain(workshop.title);
    // f-2 and f-3 have 3 dots each, behind f-1 with 5.
    const fixesPage = pdf.pages.find((p) => p.text.includes('Fixes ranked by dots'));
    expect(fixesPage?.text).toMatch(/1 Jeden numer, bez menu/);
    expect(fixesPage?.runs.filter((r) => r.text === '=2')).toHaveLength(2);
    // An action with no due date or measure says so rather than leaving a gap.
    expect(pdf.text).toContain('Not set');
    expectTidyPages(pdf);
    expectValidFile(bytes);
  });

  it('renders US Letter pages', async () => {
    const { bytes, pdf } = await render(sampleWorkshop(), 'letter', 'sample-letter');
    expect(pdf.pages.every((p) => Math.min(p.width, p.height) === 612 && Math.max(p.width, p.height) === 792)).toBe(true);
    expect(pdf.pages[0]?.width).toBe(612);
    expectTidyPages(pdf);
    expectValidFile(bytes);
  });

  it('says honestly that nothing is rated, proposed or agreed in a workshop that has just been framed', async () => {
    const workshop = emptyWorkshop();
    const { bytes, pdf } = await render(workshop, 'a4', 'empty-a4');
    expect(pdf.pages[0]?.text).toContain('Nothing rated yet, so there is no index.');
    expect(pdf.pages[0]?.text).toContain('No actions agreed yet.');
    expect(pdf.pages[0]?.text).toContain('No teams yet');
    expect(pdf.text).toContain('not rated yet');
    expect(pdf.text).toContain('Overall pillar index: not rated yet.');
    expect(pdf.text).toContain('No fixes proposed yet.');
    expect(pdf.text).not.toMatch(/NaN|undefined|null|Infinity/);
    // No facilitator recorded: the app signs the file.
    expect(pdf.info['Author']).toBe('Journey Room');
    expectTidyPages(pdf);
    expectValidFile(bytes);
  });

  it('wraps 200-character titles in full instead of clipping them, on A4 and Letter', async () => {
    const workshop = longTitlesWorkshop();
    for (const paper of ['a4', 'letter'] as const) {
      const { bytes, pdf } = await render(workshop, paper, `long-titles-${paper}`);
      const firstPage = squeeze(pdf.pages[0]?.text ?? '');
      expect(firstPage).toContain(squeeze(workshop.title));
      const all = squeeze(pdf.text);
      for (const action of workshop.actions) {
        expect(all).toContain(squeeze(action.title));
        expect(all).toContain(squeeze(action.successMeasure));
      }
      for (const fix of workshop.fixes) expect(all).toContain(squeeze(fix.title));
      expectTidyPages(pdf);
      expectValidFile(bytes);
    }
  });
  it('says the index rests only on the pillars rated so far, and names tied pillars together', async () => {
    const sample = sampleWorkshop();
    const [team] = sample.teams;
    const [first, second] = sample.touchpoints;
    if (!team || !first || !second) throw new Error('The sample workshop has no team or touchpoints.');
    // Two pillars rated, both averaging 4; a third averaging 2.
    const rate = (touchpointId: string, pillarId: string, score: number) => ({ teamId: team.id, touchpointId, pillarId, score, note: '' });
    const workshop: Workshop = {
      ...sample,
      ratings: [rate(first.id, 'integrity', 4), rate(first.id, 'empathy', 4), rate(second.id, 'resolution', 2)],
    };
    const { pdf } = await render(workshop, 'a4', 'partly-rated-a4');
    const page = squeeze(pdf.pages[0]?.text ?? '');
    expect(page).toContain(squeeze('Weighted across the 3 of 6 pillars rated so far, from 3 ratings.'));
    expect(page).toContain(squeeze('Weakest: Resolution (2.0 of 5). Strongest: Integrity and Empathy (4.0 of 5).'));
  });
});
