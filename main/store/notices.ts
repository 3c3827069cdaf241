/**
 * Problems the person must hear about until they say they have: a file that
 * could not be read and was set aside, a journal cut short by a power cut, a
 * save made later after the disk refused. Kept in `notices.json`, so they
 * survive a restart, until dismissed.
 */
import { z } from 'zod';
import type { StoreProblem } from '../../shared/wire';
import type { Disk } from './disk';

const noticesSchema = z.object({
  version: z.literal(1),
  notices: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      movedTo: z.string(),
      message: z.string(),
      at: z.string(),
      workshopId: z.string().optional(),
    }),
  ),
});

export type Notice = z.infer<typeof noticesSchema>['notices'][number];

export interface Notices {
  all(): readonly StoreProblem[];
  add(problem: Omit<Notice, 'id' | 'at'> & { readonly id?: string }): void;
  dismiss(id: string): boolean;
}

export function openNotices(disk: Disk, path: string, now: () => Date, report: (message: string, detail?: unknown) => void): Notices {
  let notices: Notice[] = [];
  try {
    const parsed = noticesSchema.safeParse(JSON.parse(disk.readText(path)));
    if (parsed.success) notices = parsed.data.notices;
  } catch {
    // No notices yet, or a file we cannot read: start afresh; the problems it held are in damaged/ still.
  }

  function save(): void {
    try {
      disk.writeAtomically(path, new TextEncoder().encode(JSON.stringify({ version: 1, notices })));
    } catch (error) {
      // The notice still shows now; it is only not kept for the next start.
      report('The list of problems to show could not be saved.', error);
    }
  }

  return {
    all: () => notices.map(({ id, fileName, movedTo, message, workshopId }) => ({ id, fileName, movedTo, message, ...(workshopId ? { workshopId } : {}) })),
    add(problem) {
      if (notices.some((n) => n.movedTo === problem.movedTo && n.message === problem.message)) return;
      const at = now();
      const { fileName, movedTo, message, workshopId } = problem;
      const id = `${at.getTime().toString(36)}-${String(notices.length)}`;
      notices = [...notices, { id, fileName, movedTo, message, at: at.toISOString(), ...(workshopId ? { workshopId } : {}) }];
      save();
    },
    dismiss(id) {
      const kept = notices.filter((n) => n.id !== id);
      if (kept.length === notices.length) return false;
      notices = kept;
      save();
      return true;
    },
  };
}
