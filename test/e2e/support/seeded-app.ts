/**
 * The start of a browser test that opens its own pages on one workshop: the
 * real app on a data folder that already holds it (seed-workshop.ts) and a
 * Chromium — and, for a test that also works the room as the facilitator,
 * the facilitator's own line to the host (room.ts) with `send` for their
 * commands (host-state.ts). One call takes it all down again.
 */
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { launchBrowser } from './browser';
import { facilitatorCommands } from './host-state';
import { facilitatorLine, type FacilitatorLine } from './room';
import { dataDirWith } from './seed-workshop';
import { startApp, type RunningApp } from './serve';

export interface SeededApp {
  readonly browser: Browser;
  readonly app: RunningApp;
  /** Closes the browser, stops the app and removes its data folder; safe to call after a test stopped the app itself. */
  close(): Promise<void>;
}

/** `browserArgs`: more Chromium flags (launchBrowser), such as a host-resolver rule for the room's name. */
export async function startSeededApp(workshop: Workshop, browserArgs: readonly string[] = []): Promise<SeededApp> {
  const dataDir = dataDirWith(workshop);
  const [browser, app] = await Promise.all([launchBrowser(browserArgs), startApp(dataDir)]);
  return {
    browser,
    app,
    close: async () => {
      await browser.close();
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface HostedWorkshop extends SeededApp {
  readonly line: FacilitatorLine;
  /** Sends commands as the facilitator, in order; a refusal throws the host's sentence. */
  send(...commands: readonly ClientCommand[]): Promise<void>;
}

/** `clientId`: the name the facilitator's commands go under, one per test file. */
export async function startHostedWorkshop(workshop: Workshop, clientId: string): Promise<HostedWorkshop> {
  const seeded = await startSeededApp(workshop);
  const line = await facilitatorLine(seeded.app).catch(async (error: unknown) => {
    await seeded.close();
    throw error;
  });
  return {
    ...seeded,
    line,
    send: facilitatorCommands(line, workshop.id, clientId),
    close: async () => {
      line.close();
      await seeded.close();
    },
  };
}
