/**
 * The appendix's method pages: the pillar framework the room rated against
 * (each pillar's weight and meaning, from the workshop itself, so a custom
 * framework prints as it was used), the 1–5 scale, and how ratings and votes
 * were collected, so a reader can judge how far to trust the numbers.
 */
import type { Framework } from '../../../shared/model';
import { NOT_APPLICABLE, SCALE } from '../../../shared/frameworks';
import type { Cursor } from './layout';
import { COLORS, ensureSpace, lineHeight, paragraph, sectionHeading, TYPE } from './layout';
import { plural } from './format';

export interface MethodData {
  readonly framework: Framework;
  readonly teamCount: number;
  readonly ratingCount: number;
  /** Sentences on how the vote ran (see vote-method.ts). */
  readonly voteMethod: readonly string[];
}

export function drawFramework(cursor: Cursor, framework: Framework): void {
  sectionHeading(cursor, `The pillars: ${framework.name}`, 'What each pillar asks of a touchpoint, and its share of the overall index.');
  for (const pillar of framework.pillars) {
    ensureSpace(cursor, lineHeight(TYPE.body) * 2 + 10);
    const weight = Number.isInteger(pillar.weight) ? String(pillar.weight) : pillar.weight.toFixed(1);
    paragraph(cursor, `${pillar.name}  ·  weight ${weight}%`, { size: TYPE.body, bold: true, after: 1 });
    paragraph(cursor, pillar.summary === '' ? 'No description given.' : pillar.summary, { size: TYPE.body, after: 2 });
    if (pillar.prompts.length > 0) {
      paragraph(cursor, `Questions raters asked: ${pillar.prompts.join(' ')}`, { size: TYPE.small, color: COLORS.muted, after: 10 });
    } else cursor.y += 8;
  }
  cursor.y += 8;
}

export function drawScale(cursor: Cursor): void {
  sectionHeading(cursor, 'The rating scale', 'Every team rated every touchpoint against each pillar on this scale.');
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
  const collected =
    method.ratingCount === 0
      ? 'Nothing had been rated when this plan was generated. '
      : `${plural(method.teamCount, 'team')} rated the touchpoints against each pillar, ${plural(method.ratingCount, 'rating')} in all. `;
  paragraph(
    cursor,
    collected +
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
