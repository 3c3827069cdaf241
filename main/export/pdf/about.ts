/**
 * The last section: what the workshop looked at and who took part, in full.
 * Page one shortens the customer and scope to a few lines; here they are
 * whole, with the journey's stages and channels and each team's members.
 * Each label stays with its whole text; the section starts a page of its
 * own when it fits on one but not in what is left of the page before; and
 * the page breaks are chosen so the plan never ends on a page holding only a
 * line or two (flow.ts).
 */
import type { Block } from './flow';
import { flowBlocks } from './flow';
import type { Cursor } from './layout';
import { COLORS, lineHeight, newPage, paragraph, paragraphHeight, sectionHeading, sectionHeadingHeight, TYPE } from './layout';
import type { AboutData } from './plan-data';

const TITLE = 'About this workshop';
/** The plan's last page holds at least this much, about five lines of text. */
const MIN_LAST_PAGE = 5 * lineHeight(TYPE.body) + 2 * lineHeight(TYPE.small);
const LABEL = { size: TYPE.small, bold: true, color: COLORS.muted, after: 1 } as const;
const TEXT = { size: TYPE.body, after: 10 } as const;

export function drawAbout(cursor: Cursor, about: AboutData): void {
  const items: (readonly [string, string])[] = [
    ['Customer', about.persona === '' ? 'Not described.' : about.persona],
    ['Scope', about.scope === '' ? 'Not described.' : about.scope],
    ['Journey stages', about.stages.length === 0 ? 'None yet.' : about.stages.join('  ›  ')],
    ['Channels', about.channels.length === 0 ? 'None yet.' : about.channels.join(', ')],
    ...(about.teams.length === 0
      ? [['Teams', 'None yet.'] as const]
      : about.teams.map((team) => [`Team: ${team.name}`, team.members.length === 0 ? 'No participants listed.' : team.members.join(', ')] as const)),
  ];
  const blocks = items.map(([label, text]) => itemBlock(cursor, label, text));
  const [first, ...rest] = blocks;
  if (first === undefined) return;
  // The heading travels with the first item, and asks for the room it always asks for.
  const heading = sectionHeadingHeight(cursor, TITLE);
  const opening: Block = {
    height: Math.max(heading.drawn + first.height, heading.needs),
    draw: (c) => {
      sectionHeading(c, TITLE);
      first.draw(c);
    },
  };
  const flow = [opening, ...rest];
  // A section that fits on one page but not in what is left of this one starts a page of its own, whole,
  // rather than leave its last few teams alone on the plan's last page.
  const whole = flow.reduce((sum, block) => sum + block.height, 0);
  const { contentTop, contentBottom } = cursor.frame;
  if (cursor.y + whole > contentBottom && whole <= contentBottom - contentTop) newPage(cursor);
  flowBlocks(cursor, flow, MIN_LAST_PAGE);
}

function itemBlock(cursor: Cursor, label: string, text: string): Block {
  return {
    height: paragraphHeight(cursor, label, LABEL) + paragraphHeight(cursor, text, TEXT),
    draw: (c) => {
      paragraph(c, label, LABEL);
      paragraph(c, text, TEXT);
    },
  };
}
