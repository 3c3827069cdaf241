/**
 * A browser test session on a data folder that already holds one workshop
 * (see seed-workshop.ts), opened from the library at a chosen screen.
 */
import { rmSync } from 'node:fs';
import type { Workshop } from '../../../shared/model';
import { launchBrowser, openApp } from './browser';
import { dataDirWith } from './seed-workshop';
import { startApp } from './serve';
import type { AppSession } from './session';

export async function startSeededSession(workshop: Workshop): Promise<AppSession> {
  const dataDir = dataDirWith(workshop);
  const [browser, app] = await Promise.all([launchBrowser(), startApp(dataDir)]);
  const opened = await openApp(browser, app.url);
  await opened.page.getByRole('button', { name: `Open ${workshop.title}` }).click();
  await opened.page.getByTestId('workshop-title').waitFor();
  return {
    ...opened,
    browser,
    app,
    close: async () => {
      await opened.context.close();
      await browser.close();
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
