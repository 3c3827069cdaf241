/**
 * Workshops for the "laptop per team" browser tests, made with the real
 * reducer: the facilitator's workshop with two teams, a team's copy made
 * from its pack as the library makes it, and a team file made from work
 * done in node, for a preview with every kind of conflict at once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientCommand } from '../../../shared/commands';
import type { Id, Workshop } from '../../../shared/model';
import { makeTeamFile } from '../../../shared/team-files/team-file';
import { makeTeamPack, parseTeamPack, teamCopyFromPack, type PackSharing } from '../../../shared/team-files/team-pack';
import { sequentialIds } from '../../../shared/new-workshop';
import { applyCommand } from '../../../shared/reducer';
import { buildWorkshop } from './seed-workshop';

export const MASTER_TITLE = 'Renewal journey';
export const BLUE = 'Team Blue';
export const ORANGE = 'Team Orange';
/** Team Blue's card that both the facilitator and the team change while apart. */
export const SHARED_CARD = 'Renewal reminder';

const byName = <T extends { readonly id: string; readonly name: string }>(list: readonly T[], name: string): Id => {
  const found = list.find((item) => item.name === name);
  if (!found) throw new Error(`No ${name}`);
  return found.id;
};

export const stageId = (w: Workshop, name: string) => byName(w.stages, name);
export const channelId = (w: Workshop, name: string) => byName(w.channels, name);
export const teamId = (w: Workshop, name: string) => byName(w.teams, name);
export const cardId = (w: Workshop, title: string): Id => {
  const found = w.touchpoints.find((t) => t.title === title);
  if (!found) throw new Error(`No card ${title}`);
  return found.id;
};

/** The facilitator's workshop: Team Blue and Team Orange, one card each. */
export function masterWorkshop(): Workshop {
  const start = buildWorkshop(MASTER_TITLE, (w) => [
    { type: 'team/rename', teamId: w.teams[0]?.id ?? '', name: BLUE },
    { type: 'team/add', name: ORANGE },
    { type: 'workshop/update', organisation: 'Northwind Energy' },
  ]);
  return apply(start, 'card-', (w) => [
    { type: 'touchpoint/add', teamId: teamId(w, BLUE), stageId: stageId(w, 'Renew or leave'), channelId: channelId(w, 'E-mail'), title: SHARED_CARD },
    { type: 'touchpoint/add', teamId: teamId(w, ORANGE), stageId: stageId(w, 'Buy'), channelId: channelId(w, 'Store'), title: 'Store visit' },
  ]);
}

/** The team's copy a pack of `master` opens as, under a new id, as the library's import makes it. */
export function teamCopyOf(master: Workshop, team: string, sharing: PackSharing = { otherTeams: true, voting: false }): Workshop {
  const packed = makeTeamPack(master, teamId(master, team), sharing, { packId: `pack-${team.replace(/\W/g, '')}`, now: '2026-11-20T10:00:00.000Z' });
  if (typeof packed === 'string') throw new Error(packed);
  const parsed = parseTeamPack(JSON.parse(JSON.stringify(packed)));
  if (!parsed.ok) throw new Error(parsed.message);
  return teamCopyFromPack(parsed.pack, { newId: `copy-${team.replace(/\W/g, '')}`, now: '2026-11-20T10:00:00.000Z' });
}

/** Applies commands with the real reducer; what they make gets ids starting `prefix`, apart from every other side's. */
function apply(start: Workshop, prefix: string, commands: (w: Workshop) => readonly ClientCommand[]): Workshop {
  const newId = sequentialIds(prefix);
  let state = start;
  for (const command of commands(state)) {
    const result = applyCommand(state, command, { now: () => '2026-11-20T11:00:00.000Z', newId });
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
    state = result.state;
  }
  return state;
}

/**
 * A preview with every kind of question at once, on a workshop of many
 * cards: the master and Team Blue's team file, both as files on disk.
 * Team Blue had twelve cards; on its laptop it renamed all of them, added
 * two, rated, moved one onto a stage the facilitator then removed, and
 * suggested a new name for a stage, and Ana put dots on a fix; meanwhile
 * the facilitator renamed the same cards, removed one the team changed and
 * the stage under another, changed one the team removed, rated one of the
 * team's cards for it and typed in Ana's dots from the wall.
 */
export function manyConflicts(): { master: Workshop; teamFilePath: string; dir: string } {
  const names = ['Price page', 'Plan finder', 'Sign-up form', 'Welcome e-mail', 'First bill', 'Meter reading', 'App login', 'Outage text', 'Call centre', 'Home visit', 'Price rise letter', 'Cancel page'];
  let base = masterWorkshop();
  base = apply(base, 'blue-card-', (w) =>
    names.map((title, i): ClientCommand => ({
      type: 'touchpoint/add',
      teamId: teamId(w, BLUE),
      stageId: w.stages[i % w.stages.length]?.id ?? '',
      channelId: w.channels[i % w.channels.length]?.id ?? '',
      title,
    })),
  );
  base = apply(base, 'people-', (w) => [
    { type: 'participant/add', name: 'Ana Lima', teamId: teamId(w, BLUE) },
    { type: 'fix/add', teamId: teamId(w, ORANGE), title: 'Clearer first bill', touchpointIds: [], pillarIds: [], impact: 4, effort: 2 },
  ]);
  const ana = base.participants[0]?.id ?? '';
  const fix = base.fixes[0]?.id ?? '';
  const copy = teamCopyOf(base, BLUE, { otherTeams: true, voting: true });
  const pillar = base.framework.pillars[0]?.id ?? '';
  const blue = teamId(base, BLUE);
  const worked = apply(copy, 'laptop-', (w) => [
    ...names.slice(0, 10).map((title): ClientCommand => ({ type: 'touchpoint/update', touchpointId: cardId(w, title), title: `${title} (team)` })),
    { type: 'touchpoint/update', touchpointId: cardId(w, 'Home visit'), description: 'Engineer comes out to fit the smart meter.' },
    { type: 'touchpoint/remove', touchpointId: cardId(w, 'Cancel page') },
    { type: 'touchpoint/add', teamId: blue, stageId: stageId(w, 'Use'), channelId: channelId(w, 'App'), title: 'Usage graph' },
    { type: 'touchpoint/add', teamId: blue, stageId: stageId(w, 'Get help'), channelId: channelId(w, 'Phone'), title: 'Hold music' },
    { type: 'touchpoint/move', touchpointId: cardId(w, 'Price rise letter'), stageId: stageId(w, 'Receive'), channelId: channelId(w, 'E-mail'), index: 0 },
    { type: 'rating/set', teamId: blue, touchpointId: cardId(w, 'First bill'), pillarId: pillar, score: 4 },
    { type: 'stage/rename', stageId: stageId(w, 'Get help'), name: 'Ask for help' },
    { type: 'vote/set', participantId: ana, fixId: fix, dots: 3 },
  ]);
  const master = apply(base, 'room-', (w) => [
    ...names
      .slice(0, 10)
      .filter((title) => title !== 'Meter reading')
      .map((title): ClientCommand => ({ type: 'touchpoint/update', touchpointId: cardId(w, title), title: `${title} (room)` })),
    { type: 'touchpoint/remove', touchpointId: cardId(w, 'Meter reading') },
    { type: 'vote/set', participantId: ana, fixId: fix, dots: 1 },
    { type: 'touchpoint/update', touchpointId: cardId(w, 'Home visit'), notes: 'Customers ask for a two-hour slot.' },
    { type: 'touchpoint/update', touchpointId: cardId(w, 'Cancel page'), momentOfTruth: true },
    { type: 'rating/set', teamId: blue, touchpointId: cardId(w, 'First bill'), pillarId: pillar, score: 2 },
    { type: 'stage/remove', stageId: stageId(w, 'Receive') },
  ]);
  const file = makeTeamFile(worked, '2026-11-20T15:30:00.000Z');
  if (typeof file === 'string') throw new Error(file);
  const dir = mkdtempSync(join(tmpdir(), 'jr-e2e-team-file-'));
  const teamFilePath = join(dir, 'Renewal journey - Team Blue - team file.json');
  writeFileSync(teamFilePath, JSON.stringify(file));
  return { master, teamFilePath, dir };
}
