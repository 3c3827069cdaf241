// While the vote is secret and not yet revealed, the PDF and the actions CSV leave out the open
// round's dots and say so; the facilitator may ask for them for their own records, a team's page
// asking gets none, and the workshop file (the facilitator's backup) keeps every ballot.
import { describe, expect, it } from 'vitest';
import { actionPlanPdf } from '../../../main/api/action-plan-pdf';
import type { ApiClient } from '../../../main/api/api-client';
import { createRequestHandler, type WireResponse } from '../../../main/api/handle-request';
import { createHandlers } from '../../../main/api/handlers';
import { ACTIONS_CSV_HEADER, BOM, SECRET_DOTS_CELL } from '../../../main/export/csv';
import { SECRET_VOTES_SENTENCE } from '../../../main/export/secret-votes';
import { WorkshopHost } from '../../../main/host/workshop-host';
import { finalRanking, resultsVisible } from '../../../shared/selectors';
import { parseWorkshopFile } from '../../../shared/workshop-file';
import type { ExportedFile, PdfFile } from '../../../shared/wire';
import { extractPdf, writeForReview } from '../export/pdf-inspect';
import { openStore, tempDataDir } from '../support/temp-data';

const NOW = new Date('2026-11-23T12:00:00Z');
const facilitator: ApiClient = { id: 'desktop', watch: () => undefined, session: { kind: 'facilitator' } };

async function setUp() {
  const host = new WorkshopHost({ store: openStore(tempDataDir()), log: () => undefined });
  const { id: workshopId } = await host.createWorkshop({ title: 'Broadband renewals', template: 'sample' });
  const handle = createRequestHandler(createHandlers({ host, pdf: actionPlanPdf, now: () => NOW }), () => undefined);
  const workshop = host.currentState(workshopId);
  const person = workshop.participants[0];
  if (!person) throw new Error('The sample workshop has people');
  const team: ApiClient = {
    id: 'team-laptop',
    watch: () => undefined,
    session: { kind: 'member', workshopId, teamId: person.teamId, participantId: person.id, deviceId: 'device-1', name: person.name },
  };
  return { host, handle, workshopId, team };
}

function resultOf<T>(response: WireResponse): T {
  if (!response.ok) throw new Error(`Expected a file, got: ${response.error.message}`);
  return response.result as T;
}

/** The PDF's text; `review`: also saved with page images under test-output/pdf/ for a person to look at. */
async function pdfText(response: WireResponse, review?: string): Promise<string> {
  const file = resultOf<PdfFile>(response);
  const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
  if (review) writeForReview(bytes, review);
  return (await extractPdf(bytes)).text;
}

function csvDots(response: WireResponse): string[] {
  const text = Buffer.from(resultOf<ExportedFile>(response).base64, 'base64').toString('utf8');
  const lines = text.slice(BOM.length).split('\r\n').filter((line) => line !== '').slice(1);
  // Counted from the end: the columns after Dots hold no commas, where a title may.
  const fromEnd = ACTIONS_CSV_HEADER.length - ACTIONS_CSV_HEADER.indexOf('Dots');
  return lines.map((line) => line.split(',').at(-fromEnd) ?? '');
}

/** What the vote holds: the dots each action's fix won and the dots placed in all. */
function votesOf(host: WorkshopHost, workshopId: string) {
  const workshop = host.currentState(workshopId);
  const dots = new Map(finalRanking(workshop).map((r) => [r.fix.id, r.dots]));
  const total = workshop.votes.reduce((sum, v) => sum + v.dots, 0);
  return { workshop, actionDots: workshop.actions.map((a) => String(dots.get(a.fixId ?? '') ?? '')), total };
}

describe('exports while the vote is secret', () => {
  it('leave the dots out of the PDF and say the votes are still secret', async () => {
    const { host, handle, workshopId } = await setUp();
    const { workshop, total } = votesOf(host, workshopId);
    expect(resultsVisible(workshop)).toBe(false);
    expect(total).toBeGreaterThan(0);
    const text = await pdfText(await handle('export/pdf', { workshopId, paper: 'a4' }, facilitator), 'secret-votes-plan');
    expect(text).toContain(SECRET_VOTES_SENTENCE);
    expect(text).not.toContain(`${total} dots placed`);
    expect(text).not.toContain('Each person cast a private ballot');
  });

  it('leave the dots out of the actions CSV, each cell saying why', async () => {
    const { handle, workshopId } = await setUp();
    const dots = csvDots(await handle('export/file', { workshopId, kind: 'actions-csv' }, facilitator));
    expect(dots.length).toBeGreaterThan(0);
    expect(dots.every((cell) => cell === SECRET_DOTS_CELL || cell === '')).toBe(true);
    expect(dots).toContain(SECRET_DOTS_CELL);
  });

  it('hold the dots when the facilitator asks for them', async () => {
    const { host, handle, workshopId } = await setUp();
    const { actionDots, total } = votesOf(host, workshopId);
    const text = await pdfText(await handle('export/pdf', { workshopId, paper: 'a4', includeHiddenVotes: true }, facilitator));
    expect(text).toContain(`${total} dots placed`);
    expect(text).not.toContain(SECRET_VOTES_SENTENCE);
    const dots = csvDots(await handle('export/file', { workshopId, kind: 'actions-csv', includeHiddenVotes: true }, facilitator));
    expect(dots).toEqual(actionDots);
    expect(dots.some((cell) => Number(cell) > 0)).toBe(true);
  });

  it("give a team's page none of them, even when it asks", async () => {
    const { host, handle, workshopId, team } = await setUp();
    const { total } = votesOf(host, workshopId);
    const text = await pdfText(await handle('export/pdf', { workshopId, paper: 'a4', includeHiddenVotes: true }, team));
    expect(text).toContain(SECRET_VOTES_SENTENCE);
    expect(text).not.toContain(`${total} dots placed`);
    const dots = csvDots(await handle('export/file', { workshopId, kind: 'actions-csv', includeHiddenVotes: true }, team));
    expect(dots).toContain(SECRET_DOTS_CELL);
    expect(dots.every((cell) => cell === SECRET_DOTS_CELL || cell === '')).toBe(true);
  });

  it('hold every dot once the facilitator has revealed the results', async () => {
    const { host, handle, workshopId, team } = await setUp();
    const outcome = await host.dispatch(workshopId, { type: 'vote/reveal', revealed: true }, { seat: { kind: 'facilitator' } });
    expect(outcome.ok).toBe(true);
    const { actionDots, total } = votesOf(host, workshopId);
    const text = await pdfText(await handle('export/pdf', { workshopId, paper: 'a4' }, team));
    expect(text).toContain(`${total} dots placed`);
    expect(text).not.toContain(SECRET_VOTES_SENTENCE);
    expect(csvDots(await handle('export/file', { workshopId, kind: 'actions-csv' }, facilitator))).toEqual(actionDots);
  });

  it("keep every ballot in the facilitator's workshop file, their full backup", async () => {
    const { host, handle, workshopId } = await setUp();
    const file = resultOf<ExportedFile>(await handle('export/file', { workshopId, kind: 'workshop-json' }, facilitator));
    const parsed = parseWorkshopFile(JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')));
    expect(parsed.ok && parsed.workshop.votes).toEqual(host.currentState(workshopId).votes);
  });
});
