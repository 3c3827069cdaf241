// Where things land on the PDF's pages, read back from the file as a
// reader's tools see it: each point of the emotion curve sits under its
// stage's name at the centre of the stage's column; a paragraph is never cut
// across two pages; the plan never ends on a page holding a line or two.
import { describe, expect, it } from 'vitest';
import { renderActionPlanPdf } from '../../../main/export/pdf';
import { planBreaks } from '../../../main/export/pdf/flow';
import type { Paper } from '../../../main/export/pdf';
import type { Workshop } from '../../../shared/model';
import type { ExtractedPage, ExtractedPdf } from './pdf-inspect';
import { extractPdf, squeeze, writeForReview } from './pdf-inspect';
import { GENERATED_AT, sampleWorkshop } from './workshops';

async function render(workshop: Workshop, paper: Paper, name?: string): Promise<ExtractedPdf> {
  const bytes = await renderActionPlanPdf(workshop, { paper, generatedAt: GENERATED_AT });
  if (name !== undefined) writeForReview(bytes, name);
  return extractPdf(bytes);
}

/** The lines of text between the running header and the footer (pdfjs measures y from the bottom). */
function contentLines(page: ExtractedPage): number {
  const body = page.runs.filter((r) => r.y > 58 && r.y < page.height - 80);
  return new Set(body.map((r) => Math.round(r.y))).size;
}

const centre = (run: { x: number; width: number }): number => run.x + run.width / 2;

describe('the emotion curve on the journey page', () => {
  it('puts each stage’s point at the centre of its column, under the stage’s name', async () => {
    const workshop = sampleWorkshop();
    const pdf = await render(workshop, 'a4', 'flow-journey');
    const page = pdf.pages.find((p) => p.text.includes('Journey overview'));
    expect(page).toBeDefined();
    if (page === undefined) return;
    // The page's geometry: 56 pt margins, a 74 pt column of channel names, then one column per stage.
    const names = workshop.stages.map((s) => s.name);
    const width = (page.width - 2 * 56 - 74) / names.length;
    const chartTop = page.runs.find((r) => r.text === '+2 delighted')?.y ?? 0;
    const chartBottom = page.runs.find((r) => r.text === '−2 very unhappy')?.y ?? 0;
    // The value printed at each point is centred on the point; every stage of the sample has cards.
    // (The axis's own figures sit left of the stage columns.)
    const values = page.runs
      .filter((r) => r.x > 56 + 74 && r.y <= chartTop && r.y >= chartBottom - 12 && /^[+−]?\d(\.\d)?$/.test(r.text))
      .sort((a, b) => a.x - b.x);
    expect(values).toHaveLength(names.length);
    names.forEach((name, i) => {
      const columnCentre = 56 + 74 + (i + 0.5) * width;
      const header = page.runs.find((r) => r.text === name && r.y < chartBottom);
      expect(header, name).toBeDefined();
      expect(Math.abs(centre(header ?? { x: 0, width: 0 }) - columnCentre), `${name}’s name`).toBeLessThan(1);
      expect(Math.abs(centre(values[i] ?? { x: 0, width: 0 }) - columnCentre), `${name}’s point`).toBeLessThan(1);
    });
  });
});

describe('page breaks', () => {
  it('moves a paragraph to the next page whole rather than split it mid-sentence (Letter)', async () => {
    const sample = sampleWorkshop();
    // Customers described at four lengths, so one of them reaches the foot of a page in the appendix.
    for (const extra of [4, 7, 10, 13]) {
      const persona = [sample.persona, ...Array.from({ length: extra }, (_, i) => `They ask neighbour number ${i + 1} before they call us.`)].join(' ');
      const workshop = { ...sample, persona };
      const pdf = await render(workshop, 'letter');
      for (const text of [persona, workshop.scope, ...workshop.framework.pillars.map((p) => p.summary)]) {
        expect(pdf.pages.some((p) => squeeze(p.text).includes(squeeze(text))), `${extra}: ${text}`).toBe(true);
      }
    }
  });

  it('does not end the plan on a page holding only a line or two (A4)', async () => {
    const sample = sampleWorkshop();
    // Without the raters' questions on four pillars the appendix is shorter, and the last team's
    // members used to spill alone onto the last page.
    const framework = { ...sample.framework, pillars: sample.framework.pillars.map((p, i) => (i < 4 ? { ...p, prompts: [] } : p)) };
    for (const workshop of [sample, { ...sample, framework }]) {
      for (const paper of ['a4', 'letter'] as const) {
        const pdf = await render(workshop, paper);
        const last = pdf.pages.at(-1);
        expect(last === undefined ? 0 : contentLines(last), `${paper}: ${last?.text ?? ''}`).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('keeps each pillar whole on one page, and the About section whole when it fits on one', async () => {
    const sample = sampleWorkshop();
    const [first] = sample.framework.pillars;
    const lastTeam = sample.teams.at(-1)?.name ?? '';
    // The first pillar described at growing lengths moves every pillar after it, and the sections after them, down the pages.
    for (const extra of [0, 2, 4, 6, 8, 10, 12]) {
      const summary = [first?.summary ?? '', ...Array.from({ length: extra }, (_, i) => `Point ${i + 1} the team agreed on.`)].join(' ');
      const framework = { ...sample.framework, pillars: sample.framework.pillars.map((p, i) => (i === 0 ? { ...p, summary } : p)) };
      const workshop = { ...sample, framework };
      for (const paper of ['a4', 'letter'] as const) {
        const pdf = await render(workshop, paper);
        const pageWith = (text: string) => pdf.pages.findIndex((p) => squeeze(p.text).includes(squeeze(text)));
        for (const pillar of framework.pillars) {
          const name = pageWith(`${pillar.name}  ·  weight`);
          expect(name, `${paper} +${extra}: ${pillar.name}`).toBeGreaterThanOrEqual(0);
          if (pillar.prompts.length > 0) expect(pageWith(`Questions raters asked: ${pillar.prompts.join(' ')}`), `${paper} +${extra}: ${pillar.name}’s questions`).toBe(name);
        }
        expect(pageWith(`Team: ${lastTeam}`), `${paper} +${extra}: the About section`).toBe(pageWith('About this workshop'));
      }
    }
  });

  it('pulls the last break back a block at a time, never past the start of the page before', () => {
    const block = (height: number) => ({ height, draw: () => undefined });
    // A page of 100 points: 45 + 45 fill the first, 15 spills alone.
    expect(planBreaks([block(45), block(45), block(15)], 0, 0, 100, 30)).toEqual([1]);
    // Enough already on the last page: the break stays.
    expect(planBreaks([block(40), block(40), block(35)], 0, 0, 100, 30)).toEqual([2]);
    // Nothing to pull back: the first block stays where the flow started.
    expect(planBreaks([block(90), block(15)], 0, 0, 100, 30)).toEqual([1]);
    // Everything fits: no break.
    expect(planBreaks([block(40), block(40)], 0, 0, 100, 30)).toEqual([]);
  });
});
