// The plan on a team's page is there to read: no control the host would refuse, and each action told in
// words. The facilitator's page keeps every control.
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model';
import { actionText, dueDateText } from '../../../renderer/features/plan/action-text';
import { isReadOnly, planControls } from '../../../renderer/features/plan/plan-controls';
import { FACILITATOR, seatFor } from '../../../renderer/features/common/seat';
import { blankWorkshop, idsOf, withCommands } from '../rating/workshop-builder';

function room(): Workshop {
  const start = blankWorkshop();
  const stageId = start.stages[0]?.id ?? '';
  const channelId = start.channels[0]?.id ?? '';
  const teamId = start.teams[0]?.id ?? '';
  const withCard = withCommands(start, [{ type: 'touchpoint/add', teamId, stageId, channelId, title: 'Monthly bill' }]);
  return withCommands(withCard, [
    {
      type: 'action/add',
      fixId: null,
      title: 'Plain-English bills',
      owner: 'Priya',
      dueDate: '2026-12-31',
      successMeasure: 'Bill complaints halve',
      pillarId: withCard.framework.pillars[0]?.id ?? null,
      touchpointId: idsOf(withCard).touchpoint('Monthly bill'),
    },
    { type: 'action/add', fixId: null, title: 'Call back', owner: '', dueDate: '', pillarId: null, touchpointId: null },
  ]);
}

describe('planControls', () => {
  const w = room();

  it('gives the facilitator every control', () => {
    const may = planControls(FACILITATOR, w);
    expect(may).toEqual({ add: true, edit: true, move: true, remove: true });
    expect(isReadOnly(may)).toBe(false);
  });

  it('gives a team none, so its page shows the plan to read', () => {
    const may = planControls(seatFor(w.teams[0]?.id ?? ''), w);
    expect(may).toEqual({ add: false, edit: false, move: false, remove: false });
    expect(isReadOnly(may)).toBe(true);
  });
});

describe('actionText', () => {
  const w = room();
  const [agreed, bare] = w.actions;

  it('tells an agreed action in words', () => {
    if (!agreed) throw new Error('No action');
    const stage = w.stages[0]?.name ?? '';
    const channel = w.channels[0]?.name ?? '';
    expect(actionText(agreed, w)).toEqual({
      owner: 'Priya',
      due: '31 December 2026',
      status: 'Planned',
      pillar: w.framework.pillars[0]?.name,
      touchpoint: `Monthly bill · ${stage} · ${channel}`,
      measure: 'Bill complaints halve',
    });
  });

  it('says plainly what is not agreed yet', () => {
    if (!bare) throw new Error('No action');
    expect(actionText(bare, w)).toEqual({
      owner: 'nobody yet',
      due: 'no date yet',
      status: 'Planned',
      pillar: 'no pillar in particular',
      touchpoint: 'no touchpoint in particular',
      measure: 'not agreed yet',
    });
  });

  it('reads a date as the day it names', () => {
    expect(dueDateText('2027-01-01', 'en-GB')).toBe('1 January 2027');
    expect(dueDateText('2027-01-01', 'en-US')).toBe('January 1, 2027');
    expect(dueDateText('', 'en-GB')).toBe('no date yet');
  });
});
