// The sample workshop from the library, as a newcomer meets it: it opens on its first step, opening it again
// opens the same one (never a second copy), and a fresh sample comes only when asked for, after a question.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDir } from './support/serve';
import { sessionForTests } from './support/session';

const opened = sessionForTests();

const rows = () => opened.page.getByTestId('workshop-row');
const rowLabels = () => rows().evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
const selectedTab = () => opened.page.getByRole('tab', { selected: true }).innerText();
const workshopIdInAddress = () => /#\/workshop\/([^/?]+)/.exec(opened.page.url())?.[1] ?? '';

async function openSample(): Promise<string> {
  await opened.page.getByTestId('open-sample').click();
  await opened.page.getByTestId('workshop-title').waitFor();
  return workshopIdInAddress();
}

async function backToLibrary(): Promise<void> {
  await opened.page.getByRole('button', { name: 'All workshops' }).click();
  await rows().first().waitFor();
}

describe('the sample workshop', () => {
  it('opens on its first step, Frame, and opening it again opens the same one', async () => {
    await opened.page.getByTestId('open-sample-empty').waitFor();
    const first = await openSample();
    expect(await selectedTab()).toMatch(/^1\b[\s\S]*Frame/);
    expect(await opened.page.getByTestId('workshop-title').innerText()).toBe('Sample workshop');
    await opened.page.screenshot({ path: join(outputDir('screens'), 'sample-first-step.png') });

    await backToLibrary();
    expect(await rowLabels()).toEqual(['Sample workshop']);
    await opened.page.screenshot({ path: join(outputDir('screens'), 'sample-in-library.png') });

    const again = await openSample();
    expect(again).toBe(first);
    expect(await selectedTab()).toMatch(/Frame/);
    await backToLibrary();
    expect(await rowLabels()).toEqual(['Sample workshop']);
    expect(opened.pageErrors).toEqual([]);
  });

  it('starts over with a fresh sample only when asked, and says first what happens to the changes', async () => {
    const before = await openSample();
    await opened.page.getByTestId('frame-stage-list').waitFor();
    const organisation = opened.page.getByLabel('Organisation', { exact: true });
    await organisation.fill('Our own broadband');
    await organisation.press('Enter');
    await expect.poll(() => opened.page.getByTestId('save-state').innerText()).toBe('All changes saved');
    await backToLibrary();

    await opened.page.getByTestId('sample-start-over').click();
    const dialog = opened.page.getByTestId('confirm-dialog');
    expect(await dialog.innerText()).toContain('Start over with a fresh sample?');
    expect(await dialog.innerText()).toContain('Anything you changed in that one');
    await opened.page.screenshot({ path: join(outputDir('screens'), 'sample-start-over.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await opened.page.getByTestId('open-sample').click();
    await opened.page.getByTestId('frame-stage-list').waitFor();
    expect(workshopIdInAddress()).toBe(before);
    expect(await opened.page.getByLabel('Organisation', { exact: true }).inputValue()).toBe('Our own broadband');
    await backToLibrary();

    await opened.page.getByTestId('sample-start-over').click();
    await dialog.getByRole('button', { name: 'Start over' }).click();
    await opened.page.getByTestId('frame-stage-list').waitFor();
    expect(workshopIdInAddress()).not.toBe(before);
    expect(await selectedTab()).toMatch(/Frame/);
    expect(await opened.page.getByLabel('Organisation', { exact: true }).inputValue()).toBe('Brightline Broadband');
    await backToLibrary();
    expect(await rowLabels()).toEqual(['Sample workshop']);
    expect(opened.pageErrors).toEqual([]);
  });
});
