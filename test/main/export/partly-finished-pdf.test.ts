// A workshop left part-way — one team of three rated, two placed cards —
// gets a PDF whose every sentence about the teams is true of it: who rated
// and how far, which teams the journey's thin lines are, which teams have no
// scores yet; never "every team rated every touchpoint".
import { describe, expect, it } from 'vitest';
import { renderActionPlanPdf } from '../../../main/export/pdf';
import { whoRated } from '../../../main/export/pdf/appendix';
import type { Workshop } from '../../../shared/model';
import { ratingCoverage, teamsWithCards } from '../../../shared/selectors';
import { apply, at, blank } from '../../shared/helpers';
import { extractPdf, squeeze, writeForReview } from './pdf-inspect';
import { GENERATED_AT } from './workshops';

/** Blue, Green and Red; Blue placed three cards and rated two, Red placed one card, Green nothing. */
function partlyDone(): Workshop {
  let w = apply(blank(), { type: 'team/rename', teamId: at(blank().teams, 0).id, name: 'Blue' });
  w = apply(w, { type: 'team/add', name: 'Green' });
  w = apply(w, { type: 'team/add', name: 'Red' });
  const [blue, , red] = w.teams.map((t) => t.id) as [string, string, string];
  const stage = at(w.stages, 0).id;
  const channel = at(w.channels, 0).id;
  for (const title of ['Advert', 'Website', 'Shop window']) {
    w = apply(w, { type: 'touchpoint/add', teamId: blue, stageId: stage, channelId: channel, title });
  }
  w = apply(w, { type: 'touchpoint/add', teamId: red, stageId: stage, channelId: channel, title: 'Flyer' });
  const [advert, website] = w.touchpoints.map((t) => t.id) as [string, string];
  w = apply(w, { type: 'rating/set', teamId: blue, touchpointId: advert, pillarId: 'integrity', score: 2 });
  w = apply(w, { type: 'rating/set', teamId: blue, touchpointId: advert, pillarId: 'empathy', score: 3 });
  w = apply(w, { type: 'rating/set', teamId: blue, touchpointId: website, pillarId: 'integrity', score: null });
  return w;
}

describe('the PDF of a workshop left part-way', () => {
  it('counts the teams that rated and says how far each got', () => {
    const w = partlyDone();
    expect(ratingCoverage(w).teams.map((t) => [t.team.name, t.touchpointsRated, t.scores])).toEqual([
      ['Blue', 2, 2],
      ['Green', 0, 0],
      ['Red', 0, 0],
    ]);
    expect(teamsWithCards(w).map((t) => t.name)).toEqual(['Blue', 'Red']);
    expect(whoRated(ratingCoverage(w))).toBe('1 of the 3 teams rated, 2 ratings in all: Blue rated 2 of the 4 touchpoints. Green and Red rated none.');
  });

  it('says only what is true of it, on every page', async () => {
    const bytes = await renderActionPlanPdf(partlyDone(), { paper: 'a4', generatedAt: GENERATED_AT });
    writeForReview(bytes, 'partly-finished');
    const text = squeeze((await extractPdf(bytes)).text);
    const says = (sentence: string) => expect(text).toContain(squeeze(sentence));
    const never = (sentence: string) => expect(text).not.toContain(squeeze(sentence));
    says('1 of the 3 teams rated, 2 ratings in all: Blue rated 2 of the 4 touchpoints. Green and Red rated none.');
    says('Thin lines: the 2 of the 3 teams that placed cards (Blue and Red), each in its own colour.');
    says('Green and Red have given no scores yet, so their rows show dashes.');
    never('Every team rated every touchpoint');
    never('3 teams rated the touchpoints');
    never('each of the 3 teams');
    never('every team gave');
  });

  it('says "all" only when every team rated, and counts what each one rated', () => {
    const w = partlyDone();
    const [, green, red] = w.teams.map((t) => t.id) as [string, string, string];
    const [advert, , , flyer] = w.touchpoints.map((t) => t.id) as [string, string, string, string];
    let all = apply(w, { type: 'rating/set', teamId: green, touchpointId: advert, pillarId: 'integrity', score: 4 });
    for (const touchpointId of all.touchpoints.map((t) => t.id)) {
      all = apply(all, { type: 'rating/set', teamId: red, touchpointId, pillarId: 'integrity', score: touchpointId === flyer ? 1 : 5 });
    }
    expect(whoRated(ratingCoverage(all))).toBe(
      'All 3 teams rated, 7 ratings in all: Blue rated 2 of the 4 touchpoints; Green rated 1 of the 4 touchpoints; Red rated all 4 touchpoints.',
    );
  });
});
