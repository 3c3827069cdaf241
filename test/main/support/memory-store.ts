/**
 * A workshop store held in memory, for tests that apply thousands of random
 * commands through the real host: the host's rules are the same, only the
 * disk is left out. Tests of saving use the real store on a temp folder.
 */
import type { Workshop } from '../../../shared/model';
import { emptyHeader } from '../../../main/store/journal';
import type { RestorePointInfo, RestorePoints } from '../../../main/store/restore-points';
import { summarise } from '../../../main/store/summary';
import type { WorkshopStore } from '../../../main/store/workshop-store';
import { workshopNotFound } from '../../../main/store/store-errors';

export function memoryStore(...workshops: readonly Workshop[]): WorkshopStore {
  const held = new Map(workshops.map((w) => [w.id, { workshop: w, seq: 0 }]));
  const kept = new Map<string, { info: RestorePointInfo; workshop: Workshop }[]>();
  const points: RestorePoints = {
    list: (id) => (kept.get(id) ?? []).map((p) => p.info),
    read: (id, pointId) => kept.get(id)?.find((p) => p.info.id === pointId)?.workshop,
    save: async (workshop, kind, label) => {
      const list = kept.get(workshop.id) ?? [];
      const info: RestorePointInfo = { id: `p${String(list.length + 1)}`, kind, label, at: new Date().toISOString(), bytes: 0 };
      kept.set(workshop.id, [{ info, workshop }, ...list]);
      return info;
    },
  };
  return {
    folder: '(memory)',
    points,
    list: () => ({ workshops: [...held.values()].map((h) => summarise(h.workshop)), problems: [] }),
    load: (id) => {
      const found = held.get(id);
      if (!found) throw workshopNotFound();
      return { workshop: found.workshop, seq: found.seq, header: emptyHeader(found.seq), entries: [] };
    },
    create: async (workshop) => {
      held.set(workshop.id, { workshop, seq: 0 });
    },
    append: (id, entry, after) => {
      held.set(id, { workshop: after, seq: entry.seq });
    },
    flush: async () => undefined,
    compact: async () => true,
    remove: (id) => {
      if (!held.delete(id)) throw workshopNotFound();
    },
    exists: (id) => held.has(id),
    dismissProblem: () => false,
    dismissProblemsOf: () => undefined,
    close: async () => undefined,
  };
}
