/**
 * The appendix's method pages: the pillar framework the room rated against
 * (each pillar's weight and meaning, from the workshop itself, so a custom
 * framework prints as it was used), the 1–5 scale, and how ratings and votes
 * were collected, so a reader can judge how far to trust the numbers.
 */
import type { Framework } from '../../../shared/model';
import { NOT_APPLICABLE, SCALE } from '../../../shared/frameworks';
import type { Cursor } from './layout';
import { COLORS, ensureSpace, lineHeight, paragraph, paragraphHeight, sectionHeading, TYPE } from './layout';
import { count, formatWeight } from '../../../shared/present/numbers';
import type { RatingCoverage } from '../../../shared/selectors';
import { andList } from '../../../shared/present/lists';

/**
 * Who rated and how far each team got, as it stands: "1 of the 3 teams
 * rated, 46 ratings in all: Blue rated 12 of the 30 touchpoints. Green and Red
 * rated none." Never "every team" unless every team did.
 */
/** "12 of the 30 touchpoints", "all 30 touchpoints", "the one touchpoint". */
function howMany(rated: number, total: number): string {
  if (rated < total) return `${rated} of the ${count(total, 'touchpoint')}`;
  return total === 1 ? 'the one touchpoint' : `all ${count(total, 'touchpoint')}`;
}

export function whoRated(coverage: RatingCoverage): string {
  if (coverage.scores === 0) return 'Nothing had been rated when this plan was generated.';
  const raters = coverage.teams.filter((t) => t.touchpointsRated > 0);
  const idle = coverage.teams.filter((t) => t.touchpointsRated === 0);
  const total = coverage.teams.length;
  const who =
    idle.length === 0 ? (total === 1 ? 'The one team rated' : `All ${total} teams rated`) : `${raters.length} of the ${count(total, 'team')} rated`;
  const each = raters.map((t) => `${t.team.name} rated ${howMany(t.touchpointsRated, coverage.touchpointCount)}`);
  const none = idle.length === 0 ? '' : ` ${andList(idle.map((t) => t.team.name))} rated none.`;
  return `${who}, ${count(coverage.scores, 'rating')} in all: ${each.join('; ')}.${none}`;
}

export interface MethodData {
  readonly framework: Framework;
  /** Which teams rated, and how far each got. */
  readonly coverage: RatingCoverage;
  /** Sentences on how the vote ran (see vote-method.ts). */
  readonly voteMethod: readonly string[];
}

export function drawFramework(cursor: Cursor, framework: Framework): void {
  sectionHeading(cursor, `The pillars: ${framework.name}`, 'What each pillar asks of a touchpoint, and its share of the overall index.');
  for (const pillar of framework.pillars) {
    const name = { text: `${pillar.name}  ·  weight ${formatWeight(pillar.weight)}%`, style: { size: TYPE.body, bold: true, after: 1 } } as const;
    const summary = { text: pillar.summary === '' ? 'No description given.' : pillar.summary, style: { size: TYPE.body, after: 2 } } as const;
    const questions =
      pillar.prompts.length > 0
        ? ({ text: `Questions raters asked: ${pillar.prompts.join(' ')}`, style: { size: TYPE.small, color: COLORS.muted, after: 10 } } as const)
        : null;
    // A pillar is read as one: its name, what it asks and its questions never sit on different pages.
    const parts = questions === null ? [name, summary] : [name, summary, questions];
    ensureSpace(cursor, parts.reduce((sum, part) => sum + paragraphHeight(cursor, part.text, part.style), 0));
    for (const part of parts) paragraph(cursor, part.text, part.style);
    if (questions === null) cursor.y += 8;
  }
  cursor.y += 8;
}

export function drawScale(cursor: Cursor): void {
  sectionHeading(cursor, 'The rating scale', 'Each rating scores one touchpoint against one pillar on this scale.');
  for (const point of SCALE) {
    ensureSpace(cursor, lineHeight(TYPE.body) + 4);
    paragraph(cursor, `${point.score}  ${point.label}: ${point.meaning}`, { size: TYPE.body, after: 3 });
  }
  paragraph(cursor, `${NOT_APPLICABLE.label}  Not applicable: ${NOT_APPLICABLE.meaning} It is counted apart and never as a score.`, {
    size: TYPE.body,
    after: 18,
  });
}

export function drawMethod(cursor: Cursor, method: MethodData): void {
  sectionHeading(cursor, 'How the numbers were collected');
  paragraph(cursor, 'Ratings', { size: TYPE.body, bold: true, after: 1 });
  paragraph(
    cursor,
    `${whoRated(method.coverage)} ` +
      'Ratings can be kept silent until the facilitator reveals them, so no team anchors on another. ' +
      'A pillar’s average is the plain mean of its ratings; its index puts that mean on 0–100 (1 is 0, 5 is 100). ' +
      'The overall index weighs the pillar indexes by the weights above; a pillar nobody rated is left out rather than counted as zero.',
    { size: TYPE.body, after: 8 },
  );
  paragraph(cursor, 'Votes', { size: TYPE.body, bold: true, after: 1 });
  method.voteMethod.forEach((sentence, i) => {
    ensureSpace(cursor, lineHeight(TYPE.body) * 2);
    paragraph(cursor, sentence, { size: TYPE.body, after: i === method.voteMethod.length - 1 ? 18 : 4 });
  });
}
