/**
 * A real store and host on a temp folder, holding the large fixture — the
 * starting point of the core benchmarks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientCommand } from '../shared/commands';
import type { Workshop } from '../shared/model';
import { WorkshopHost } from '../main/host/workshop-host';
import { createWorkshopStore } from '../main/store/workshop-store';
import { createLargeWorkshop } from '../test/fixtures/large-workshop';

export interface LargeHost {
  readonly host: WorkshopHost;
  readonly workshop: Workshop;
  dispose(): Promise<void>;
}

/** `transform` reshapes the fixture before it is saved, e.g. to give one team every card. */
export async function openLargeHost(transform: (workshop: Workshop) => Workshop = (workshop) => workshop): Promise<LargeHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jr-bench-'));
  const store = createWorkshopStore({ dataDir });
  const workshop = transform(createLargeWorkshop());
  await store.create(workshop);
  const host = new WorkshopHost({ store });
  host.openWorkshop(workshop.id);
  return {
    host,
    workshop,
    dispose: async () => {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The i-th command of a realistic stream: retitle, move and rate cards across the board. */
export function commandAt(workshop: Workshop, i: number): ClientCommand {
  const touchpoint = workshop.touchpoints[(i * 7) % workshop.touchpoints.length];
  const stage = workshop.stages[i % workshop.stages.length];
  const channel = workshop.channels[i % workshop.channels.length];
  const pillar = workshop.framework.pillars[i % workshop.framework.pillars.length];
  if (!touchpoint || !stage || !channel || !pillar) throw new Error('The large fixture is missing parts.');
  switch (i % 3) {
    case 0:
      return { type: 'touchpoint/update', touchpointId: touchpoint.id, title: `Card ${i}` };
    case 1:
      return { type: 'touchpoint/move', touchpointId: touchpoint.id, stageId: stage.id, channelId: channel.id, index: 0 };
    default:
      return {
        type: 'rating/set',
        teamId: touchpoint.teamId,
        touchpointId: touchpoint.id,
        pillarId: pillar.id,
        score: (i % 5) + 1,
      };
  }
}
