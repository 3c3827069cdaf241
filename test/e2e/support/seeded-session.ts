/**
 * A browser test session on a data folder that already holds one workshop
 * (see seed-workshop.ts), opened from the library at a chosen screen.
 */
import { rmSync } from 'node:fs';
import type { Workshop } from '../../../shared/model';
import { dataDirWith } from './seed-workshop';
import { startSession, type AppSession } from './session';

export async function startSeededSession(workshop: Workshop): Promise<AppSession> {
  const dataDir = dataDirWith(workshop);
  const session = await startSession(dataDir);
  await session.page.getByRole('button', { name: `Open ${workshop.title}` }).click();
  await session.page.getByTestId('workshop-title').waitFor();
  return {
    ...session,
    close: async () => {
      await session.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
