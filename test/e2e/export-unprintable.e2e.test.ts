// The Export screen names, before export, every character the PDF cannot print and where it is:
// Japanese on a touchpoint and an emoji on a fix; "≥" on an action prints (the fallback font draws
// it), so it is not named. Screenshot: test-output/screens/export-unprintable.png.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { openPhaseTab } from './support/phase-tab';
import { buildWorkshop } from './support/seed-workshop';
import { startSeededSession } from './support/seeded-session';
import { outputDir } from './support/serve';
import type { AppSession } from './support/session';

function withCharacters(): Workshop {
  return buildWorkshop('Tokyo store visits', (w) => [
    { type: 'touchpoint/add', teamId: w.teams[0]?.id ?? '', stageId: w.stages[0]?.id ?? '', channelId: w.channels[0]?.id ?? '', title: '会計 counter' },
    { type: 'fix/add', teamId: w.teams[0]?.id ?? '', title: 'Smile at the till 😀', touchpointIds: [], pillarIds: [], impact: 3, effort: 2 },
    { type: 'action/add', fixId: null, title: 'Answer ≥ 90 % of calls', pillarId: null, touchpointId: null, owner: '', dueDate: '' },
  ]);
}

let session: AppSession;

beforeAll(async () => {
  session = await startSeededSession(withCharacters());
});

afterAll(async () => {
  await session.close();
});

describe('the Export screen', () => {
  it('names the characters the PDF cannot print, and where they are, before export', async () => {
    const { page } = session;
    await openPhaseTab(page, 'Export');
    const warning = page.getByTestId('export-unprintable');
    await warning.waitFor();
    expect(await warning.getByRole('heading').innerText()).toBe('Some characters will not print in the PDF');
    expect(await warning.getByRole('listitem').allInnerTexts()).toEqual(['会 計 in the touchpoint “会計 counter”', '😀 in the fix “Smile at the till 😀”']);
    expect(await warning.innerText()).not.toContain('≥');
    await warning.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outputDir('screens'), 'export-unprintable.png') });
    expect(session.pageErrors).toEqual([]);
  });
});
