/**
 * Opens a phase's tab and waits until its screen is drawn. The tab changes at
 * once; the screen is drawn just after the frame that shows it (see
 * renderer/app/use-screen-phase.ts), so a test that counts controls straight
 * after the click would count the old screen's, or none.
 */
import type { Page } from 'playwright-core';

export async function openPhaseTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  const tabId = await tab.getAttribute('id');
  if (tabId === null) throw new Error(`The ${name} tab has no id for its panel to name.`);
  await page.locator(`#phase-panel[aria-busy="false"][aria-labelledby="${tabId}"]`).waitFor();
}
