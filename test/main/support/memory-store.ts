/**
 * A workshop store held in memory, for tests that apply thousands of random
 * commands through the real host: the host's rules are the same, only the
 * disk is left out. Tests of saving use the real store on a temp folder.
 */
import type { Workshop } from '../../../shared/model';
import { summarise } from '../../../main/store/summary';
import type { WorkshopStore } from '../../../main/store/workshop-store';
import { workshopNotFound } from '../../../main/store/store-errors';

export function memoryStore(...workshops: readonly Workshop[]): WorkshopStore {
  const held = new Map(workshops.map((w) => [w.id, w]));
  return {
    list: () => ({ workshops: [...held.values()].map(summarise), problems: [] }),
    load: (id) => {
      const workshop = held.get(id);
      if (!workshop) throw workshopNotFound();
      return workshop;
    },
    save: (workshop) => {
      held.set(workshop.id, workshop);
    },
    remove: (id) => {
      if (!held.delete(id)) throw workshopNotFound();
    },
    exists: (id) => held.has(id),
    flush: () => undefined,
  };
}
