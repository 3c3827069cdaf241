/**
 * The evidence sections of the action plan, checked against the workshop
 * they came from: the three biggest gaps on page one, scores per team, the
 * heatmap (landscape where needed, header repeated on every page), the
 * journey grid with its emotion curve, and the appendix's framework, scale
 * and method. Page images of the small and large fixtures go to
 * test-output/pdf/ for a person to look at.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderActionPlanPdf } from '../../../main/export/pdf';
import { biggestGaps } from '../../../main/export/pdf/evidence-data';
import { heatCellColours } from '../../../main/export/pdf/palette';
import { formatFeeling, formatScore } from '../../../shared/present/numbers';
import { hexToRgb } from '../../../shared/present/colour';
import { scoreColour } from '../../../shared/present/score-colours';
import { NOT_APPLICABLE, SCALE } from '../../../shared/frameworks';
import type { Workshop } from '../../../shared/model';
import { emotionCurve, overallIndex } from '../../../shared/selectors';
import { parseWorkshopFile } from '../../../shared/workshop-file';
import { createLargeWorkshop } from '../../fixtures/large-workshop';
import type { ExtractedPage, ExtractedPdf } from './pdf-inspect';
import { extractPdf, listFonts, overlappingRuns, qpdfCheck, squeeze, writeForReview } from './pdf-inspect';
import { GENERATED_AT, internationalWorkshop, sampleWorkshop } from './workshops';

function smallFixture(): Workshop {
  const path = fileURLToPath(new URL('../../fixtures/small-workshop.json', import.meta.url));
  const parsed = parseWorkshopFile(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.workshop;
}

async function render(workshop: Workshop, name: string): Promise<{ bytes: Uint8Array; pdf: ExtractedPdf }> {
  const bytes = await renderActionPlanPdf(workshop, { paper: 'a4', generatedAt: GENERATED_AT });
  writeForReview(bytes, name);
  return { bytes, pdf: await extractPdf(bytes) };
}

function pagesBetween(pdf: ExtractedPdf, from: string, to: string): readonly ExtractedPage[] {
  const start = pdf.pages.findIndex((p) => p.text.includes(from));
  const end = pdf.pages.findIndex((p) => p.text.includes(to));
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return pdf.pages.slice(start, end);
}

const landscape = (p: ExtractedPage): boolean => p.width > p.height;

describe('PDF evidence sections', () => {
  it('names the three biggest gaps on page one, one sentence each, from the real ratings', async () => {
    const workshop = smallFixture();
    const { pdf } = await render(workshop, 'small-a4');
    const gaps = biggestGaps(workshop);
    expect(gaps).toHaveLength(3);
    const first = squeeze(pdf.pages[0]?.text ?? '');
    expect(first).toContain('Biggestgaps');
    for (const gap of gaps) expect(first).toContain(squeeze(`At “${gap.stage}”, ${gap.pillar} averages ${formatScore(gap.average)} of 5`));
    // Lowest first.
    expect(gaps.map((g) => g.average)).toEqual([...gaps.map((g) => g.average)].sort((a, b) => a - b));
  });

  it('shows every team’s overall index and every pillar with its weight', async () => {
    const workshop = smallFixture();
    const { pdf } = await render(workshop, 'small-a4');
    const scores = pdf.pages.find((p) => p.text.includes('Pillar scores by team'));
    for (const team of workshop.teams) {
      expect(scores?.text).toContain(team.name);
      expect(scores?.text).toContain(String(Math.round(overallIndex(workshop, team.id) ?? -1)));
    }
    for (const pillar of workshop.framework.pillars) expect(scores?.text).toContain(`Weight ${pillar.weight}%`);
  });

  it('lists every touchpoint in the heatmap on landscape pages, the column header on each, and numbers in the cells', async () => {
    const workshop = createLargeWorkshop();
    const { bytes, pdf } = await render(workshop, 'large-fixture-a4');
    const heat = pagesBetween(pdf, 'Heatmap: touchpoints × pillars', 'Journey overview');
    expect(heat.length).toBeGreaterThan(3);
    for (const page of heat) {
      expect(landscape(page)).toBe(true);
      for (const pillar of workshop.framework.pillars) expect(page.text).toContain(pillar.name);
      expect(page.text).toContain('Mean');
    }
    const heatText = heat.map((p) => p.text).join('\n');
    for (const t of workshop.touchpoints) expect(heatText).toContain(t.title);
    expect(heatText).toMatch(/\b[1-5]\.\d\b/);
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors found');
    for (const font of listFonts(bytes)) expect(font.embedded).toBe(true);
    for (const page of pdf.pages) expect(overlappingRuns(page).map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([]);
  });

  it('keeps the heatmap on a portrait page when its columns fit, and turns it to landscape when they do not', async () => {
    const four = internationalWorkshop();
    const two = { ...four, framework: { ...four.framework, pillars: four.framework.pillars.slice(0, 2).map((p) => ({ ...p, weight: 50 })) } };
    const narrow = (await render(two, 'two-pillars-a4')).pdf.pages.find((p) => p.text.includes('Heatmap: touchpoints × pillars'));
    expect(narrow && landscape(narrow)).toBe(false);
    expect(narrow?.text).toContain('Zgłoszenie usterki');
    const wide = (await render(four, 'international-heatmap-a4')).pdf.pages.find((p) => p.text.includes('Heatmap: touchpoints × pillars'));
    expect(wide && landscape(wide)).toBe(true);
  });

  it('draws the journey: stages, channels, touchpoints, moments of truth and the emotion curve', async () => {
    const workshop = smallFixture();
    const { pdf } = await render(workshop, 'small-a4');
    const journey = pagesBetween(pdf, 'Journey overview', 'Actions in priority order');
    expect(journey.every(landscape)).toBe(true);
    const text = journey.map((p) => p.text).join('\n');
    for (const stage of workshop.stages) expect(text).toContain(stage.name);
    for (const channel of workshop.channels) expect(text).toContain(channel.name);
    const squeezed = squeeze(text);
    for (const t of workshop.touchpoints) expect(squeezed).toContain(squeeze(t.title).slice(0, 12));
    const moments = workshop.touchpoints.filter((t) => t.momentOfTruth).length;
    expect(text).toContain(`${moments} moments of truth marked`);
    for (const point of emotionCurve(workshop)) {
      if (point.combined === null) continue;
      // Written as the board's emotion strip writes it.
      expect(text).toContain(formatFeeling(point.combined));
    }
  });

  it('gives an empty channel row room for its name, so rows never run into each other', async () => {
    const base = internationalWorkshop();
    const channels = [
      ...base.channels,
      { id: 'ch-2', order: 'b1', name: 'Web' },
      { id: 'ch-3', order: 'b2', name: 'App' },
      { id: 'ch-4', order: 'b3', name: 'Live chat' },
    ];
    const { pdf } = await render({ ...base, channels }, 'empty-channels-a4');
    const journey = pdf.pages.find((p) => p.text.includes('Journey overview'));
    const labels = ['Phone', 'Web', 'App', 'Live chat'].map((name) => journey?.runs.find((r) => r.text === name)?.y ?? Number.NaN);
    for (let i = 1; i < labels.length; i++) expect((labels[i - 1] ?? 0) - (labels[i] ?? 0)).toBeGreaterThanOrEqual(14);
  });

  it('explains the framework, the scale and how ratings and votes were collected', async () => {
    const workshop = sampleWorkshop();
    const { pdf } = await render(workshop, 'sample-appendix-a4');
    const all = squeeze(pdf.text);
    for (const pillar of workshop.framework.pillars) expect(all).toContain(squeeze(pillar.summary));
    for (const point of SCALE) expect(all).toContain(squeeze(`${point.score} ${point.label}: ${point.meaning}`));
    expect(all).toContain(squeeze(NOT_APPLICABLE.meaning));
    expect(all).toContain(squeeze(`Each person had ${workshop.voting.budget} dots to spend, at most ${workshop.voting.maxPerFix} on any one fix.`));
    expect(all).toContain(squeeze("Each person cast a private ballot"));
  });

  it('says honestly that no dots were placed in a workshop with no votes yet', async () => {
    const workshop = { ...sampleWorkshop(), votes: [] };
    const { pdf } = await render(workshop, 'no-votes-a4');
    expect(squeeze(pdf.text)).toContain(squeeze('no dots have been placed yet, so there is no ranking'));
    expect(squeeze(pdf.text)).toContain(squeeze('No dots had been placed when this plan was generated.'));
    expect(pdf.text).not.toMatch(/NaN|undefined|null|Infinity/);
  });
});

describe('heatmap colours', () => {
  it('are the screens’ colours: each cell’s fill and number take the shared score scale’s colours', () => {
    for (const average of [1, 1.4, 2, 2.6, 3, 3.49, 4, 4.5, 5, null]) {
      const screen = scoreColour(average);
      expect(heatCellColours(average), String(average)).toEqual({ fill: hexToRgb(screen.background), text: hexToRgb(screen.text) });
    }
  });

  it('run orange to purple, light in the middle, so neither colour blindness nor greyscale hides the order', () => {
    const luminance = ([r, g, b]: readonly number[]): number => 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    const [low, mid, high] = [heatCellColours(1).fill, heatCellColours(3).fill, heatCellColours(5).fill];
    expect(low[0]).toBeGreaterThan(low[2]);
    expect(high[2]).toBeGreaterThan(high[1]);
    expect(luminance(mid)).toBeGreaterThan(luminance(low) + 60);
    expect(luminance(mid)).toBeGreaterThan(luminance(high) + 60);
  });
});
