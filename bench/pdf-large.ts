/**
 * pdf.large_ms / pdf.large_kb: the action plan of the large fixture rendered
 * by our jsPDF exporter (median of several runs after a warm-up; goals
 * ≤ 1000 ms and ≤ 500 KB), and side by side the same plan as a plain HTML
 * page printed to PDF by Chromium (pdf.chromium_print_ms / _kb), the
 * alternative we did not take. The page is built in memory with inline CSS
 * and no network.
 */
import { performance } from 'node:perf_hooks';
import { renderActionPlanPdf } from '../main/export/pdf';
import { buildEvidence } from '../main/export/pdf/evidence-data';
import { buildPlanData } from '../main/export/pdf/plan-data';
import type { Workshop } from '../shared/model';
import { createLargeWorkshop } from '../test/fixtures/large-workshop';
import { launchBrowser } from '../test/e2e/support/browser';
import type { Benchmark } from './benchmark';
import { round } from './stats';

const WARMUP = 2;
const RUNS = 5;
const GENERATED_AT = new Date('2026-11-23T12:00:00Z');

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function timed<T>(run: () => Promise<T>): Promise<{ medianMs: number; last: T }> {
  let last: T | undefined;
  for (let i = 0; i < WARMUP; i++) last = await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    last = await run();
    times.push(performance.now() - start);
  }
  if (last === undefined) throw new Error('The benchmark made no runs.');
  return { medianMs: median(times), last };
}

const escape = (text: string): string => text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The same plan as HTML: summary, pillar scores, heatmap, actions, fixes. */
function planHtml(workshop: Workshop): string {
  const data = buildPlanData(workshop, GENERATED_AT);
  const evidence = buildEvidence(workshop);
  const cell = (v: number | null): string => (v === null ? '<td class="na"></td>' : `<td style="background:hsl(${30 + (v - 1) * 45},60%,${85 - Math.abs(v - 3) * 12}%)">${v.toFixed(1)}</td>`);
  const rows = (items: readonly (readonly (string | number)[])[]): string => items.map((r) => `<tr>${r.map((c) => `<td>${escape(String(c))}</td>`).join('')}</tr>`).join('');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(data.title)}</title><style>
body{font-family:sans-serif;color:#1b2a41;font-size:10pt} h1{font-size:22pt} h2{font-size:15pt;break-before:page}
table{border-collapse:collapse;width:100%} td,th{border-bottom:1px solid #d0d7e1;padding:3px;text-align:left;font-size:8pt} .na{background:#eceff3}
</style></head><body>
<h1>${escape(data.title)}</h1><p>${escape(data.organisation)} · ${escape(data.facilitator)} · ${data.participantCount} participants</p>
<p>Overall pillar index: ${Math.round(data.overallIndex ?? 0)}</p>
<ol>${evidence.gaps.map((g) => `<li>At ${escape(g.stage)}, ${escape(g.pillar)} averages ${g.average.toFixed(1)} of 5</li>`).join('')}</ol>
<h2>Pillar scores</h2><table>${rows(data.pillars.map((p) => [p.name, `${p.weight}%`, p.average === null ? '–' : p.average.toFixed(1)]))}</table>
<h2>Heatmap</h2><table><tr><th>Touchpoint</th>${evidence.pillarNames.map((n) => `<th>${escape(n)}</th>`).join('')}<th>Mean</th></tr>
${evidence.heatRows.map((r) => `<tr><td>${escape(r.title)}</td>${r.cells.map(cell).join('')}${cell(r.average)}</tr>`).join('')}</table>
<h2>Actions</h2><table>${rows(data.actions.map((a) => [a.priority, a.title, a.owner, a.due, a.successMeasure, a.pillar, a.touchpoint, a.dots]))}</table>
<h2>Fixes</h2><table>${rows(data.fixes.map((f) => [f.rank, f.title, f.team, f.touchpoints, f.impact, f.effort, f.dots]))}</table>
</body></html>`;
}

export const pdfLargeBenchmark: Benchmark = {
  name: 'pdf large',
  async run() {
    const workshop = createLargeWorkshop();
    const ours = await timed(() => renderActionPlanPdf(workshop, { paper: 'a4', generatedAt: GENERATED_AT }));

    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      // Nothing may leave the page; the HTML is self-contained.
      await page.route('**/*', (route) => route.abort());
      const chromium = await timed(async () => {
        await page.setContent(planHtml(workshop), { waitUntil: 'load' });
        return page.pdf({ format: 'A4', printBackground: true });
      });
      return [
        { name: 'pdf.large_ms', value: round(ours.medianMs), unit: 'ms', goal: 1000 },
        { name: 'pdf.large_kb', value: round(ours.last.length / 1024), unit: 'KB', goal: 500 },
        { name: 'pdf.chromium_print_ms', value: round(chromium.medianMs), unit: 'ms' },
        { name: 'pdf.chromium_print_kb', value: round(chromium.last.length / 1024), unit: 'KB' },
      ];
    } finally {
      await browser.close();
    }
  },
};
