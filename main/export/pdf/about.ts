/**
 * The last section: what the workshop looked at and who took part, in full.
 * Page one shortens the customer and scope to a few lines; here they are
 * whole, with the journey's stages and channels and each team's members.
 */
import type { Cursor } from './layout';
import { COLORS, ensureSpace, lineHeight, paragraph, sectionHeading, TYPE } from './layout';
import type { AboutData } from './plan-data';

export function drawAbout(cursor: Cursor, about: AboutData): void {
  sectionHeading(cursor, 'About this workshop');
  item(cursor, 'Customer', about.persona === '' ? 'Not described.' : about.persona);
  item(cursor, 'Scope', about.scope === '' ? 'Not described.' : about.scope);
  item(cursor, 'Journey stages', about.stages.length === 0 ? 'None yet.' : about.stages.join('  ›  '));
  item(cursor, 'Channels', about.channels.length === 0 ? 'None yet.' : about.channels.join(', '));
  if (about.teams.length === 0) {
    item(cursor, 'Teams', 'None yet.');
    return;
  }
  for (const team of about.teams) {
    const members = team.members.length === 0 ? 'No participants listed.' : team.members.join(', ');
    item(cursor, `Team: ${team.name}`, members);
  }
}

function item(cursor: Cursor, label: string, text: string): void {
  // Keep a label with at least the first line of its text.
  ensureSpace(cursor, lineHeight(TYPE.small) + lineHeight(TYPE.body) + 4);
  paragraph(cursor, label, { size: TYPE.small, bold: true, color: COLORS.muted, after: 1 });
  paragraph(cursor, text, { size: TYPE.body, after: 10 });
}
