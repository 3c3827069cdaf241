/**
 * The workshop the vote, fix and plan browser tests start from: two teams,
 * four fixes of different sizes, and (when asked) four people to vote.
 */
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { buildWorkshop, extendWorkshop } from './seed-workshop';

export const CALL_BACK = 'Call back within the hour';
export const BILLS = 'Plain-English bills';
export const ENGINEER = 'Track my engineer';
export const FORMS = 'Fewer forms';
export const PEOPLE = ['Ama Mensah', 'Bartosz Wójcik', 'Chloé Durand', 'Dev Patel'] as const;

export function voteRoom(title: string, options: { readonly people: boolean }): Workshop {
  const teams = buildWorkshop(title, (w) => [
    { type: 'team/rename', teamId: w.teams[0]?.id ?? '', name: 'Front line' },
    { type: 'team/add', name: 'Back office' },
  ]);
  const front = teams.teams[0]?.id ?? '';
  const back = teams.teams[1]?.id ?? '';
  const fix = (title: string, teamId: string, impact: number, effort: number): ClientCommand => ({
    type: 'fix/add',
    teamId,
    title,
    touchpointIds: [],
    pillarIds: [],
    impact,
    effort,
  });
  return extendWorkshop(teams, () => [
    fix(CALL_BACK, front, 5, 2),
    fix(BILLS, back, 4, 3),
    fix(ENGINEER, front, 3, 4),
    fix(FORMS, back, 2, 1),
    ...(options.people
      ? PEOPLE.map((name, i): ClientCommand => ({ type: 'participant/add', name, teamId: i % 2 === 0 ? front : back }))
      : []),
  ]);
}
