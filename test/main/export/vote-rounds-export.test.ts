// The PDF's fix ranking and the actions CSV follow the whole vote: a runoff's
// result comes first and its dots are the ones shown, each number with the
// round it is from and no rounds added up; wall tallies count too.
import { describe, expect, it } from 'vitest';
import { actionsCsv } from '../../../main/export/csv';
import { renderActionPlanPdf } from '../../../main/export/pdf';
import { buildPlanData, dotsPlacedIn } from '../../../main/export/pdf/plan-data';
import type { Workshop } from '../../../shared/model';
import { apply, at } from '../../shared/helpers';
import { extractPdf, squeeze, writeForReview } from './pdf-inspect';
import { GENERATED_AT, sampleWorkshop } from './workshops';

/** The sample after a runoff between the fixes of its first two actions: 2 dots to 1. */
function afterRunoff(): { w: Workshop; winner: string; runnerUp: string } {
  let w = apply(sampleWorkshop(), { type: 'vote/reveal', revealed: true });
  const runnerUp = at(w.actions, 0).fixId ?? '';
  const winner = at(w.actions, 1).fixId ?? '';
  w = apply(w, { type: 'vote/runoff', fixIds: [runnerUp, winner], budget: 2, maxPerFix: 2 });
  w = apply(w, { type: 'vote/set', participantId: at(w.participants, 0).id, fixId: winner, dots: 2 });
  w = apply(w, { type: 'vote/set', participantId: at(w.participants, 1).id, fixId: runnerUp, dots: 1 });
  return { w, winner, runnerUp };
}

const titleOf = (w: Workshop, id: string) => w.fixes.find((f) => f.id === id)?.title;

describe('exports after a runoff', () => {
  it('rank the runoff first in the PDF, with its dots and its round, and every other fix after with the first vote’s', () => {
    const { w, winner, runnerUp } = afterRunoff();
    const plan = buildPlanData(w, GENERATED_AT);
    expect(plan.fixes.slice(0, 3).map((f) => [f.rank, f.title, f.dots])).toEqual([
      ['1', titleOf(w, winner), '2\nrunoff 1'],
      ['2', titleOf(w, runnerUp), '1\nrunoff 1'],
      [expect.any(String), expect.any(String), expect.stringMatching(/^\d+\nfirst vote$/)],
    ]);
    expect(plan.fixes).toHaveLength(w.fixes.length);
    expect(plan.votesRevealed).toBe(false); // the runoff's results are not revealed yet
    expect(plan.actions.slice(0, 2).map((a) => a.dots)).toEqual(['1\nrunoff 1', '2\nrunoff 1']);
    expect(plan.dotsByRound).toEqual([dotsPlacedIn(w, 0), 3]);
  });

  it('say in the PDF how many dots each round had, never the two added up', async () => {
    const { w } = afterRunoff();
    const first = dotsPlacedIn(w, 0);
    const bytes = await renderActionPlanPdf(w, { paper: 'a4', generatedAt: GENERATED_AT });
    writeForReview(bytes, 'after-runoff');
    const text = squeeze((await extractPdf(bytes)).text);
    expect(text).toContain(squeeze(`First vote: ${first} dots; runoff 1: 3 dots.`));
    expect(text).not.toContain(squeeze(`${first + 3} dots placed`));
    expect(text).toContain(squeeze('Dots, round'));
  });

  it("show each action's fix with its runoff dots and their round in the CSV", () => {
    const { w } = afterRunoff();
    const lines = actionsCsv(w).split('\r\n');
    expect(lines[0]?.endsWith(',Dots,Round')).toBe(true);
    expect(lines[1]?.endsWith(',1,Runoff 1')).toBe(true);
    expect(lines[2]?.endsWith(',2,Runoff 1')).toBe(true);
  });

  it('count dots tallied from the wall', () => {
    let w = apply(sampleWorkshop(), { type: 'voting/reset' });
    w = apply(w, { type: 'voting/configure', mode: 'tally', tallyVoters: 10 });
    const fixId = at(w.actions, 0).fixId ?? '';
    w = apply(w, { type: 'vote/tally', fixId, dots: 9 });
    const plan = buildPlanData(w, GENERATED_AT);
    expect(plan.dotsCast).toBe(9);
    expect(plan.fixes[0]).toMatchObject({ rank: '1', title: titleOf(w, fixId), dots: 9 });
    expect(plan.actions[0]?.dots).toBe('9');
    expect(plan.dotsByRound).toEqual([9]);
  });
});
