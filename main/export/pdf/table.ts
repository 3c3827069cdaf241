/**
 * A thin wrapper over jspdf-autotable: every table gets the shared styles
 * and margins, and the cursor moves to just below the table afterwards,
 * whichever page it ended on.
 */
import { autoTable } from 'jspdf-autotable';
import type { RowInput, Styles } from 'jspdf-autotable';
import type { Cursor } from './layout';
import { tableStyles } from './layout';

export interface TableSpec {
  readonly head: readonly string[];
  readonly body: readonly (readonly (string | number)[])[];
  readonly columnStyles: Readonly<Record<number, Partial<Styles>>>;
}

export function drawTable(cursor: Cursor, spec: TableSpec): void {
  const shared = tableStyles(cursor.frame);
  let endY = cursor.y;
  autoTable(cursor.doc, {
    ...shared,
    startY: cursor.y,
    theme: 'plain',
    head: [[...spec.head]],
    body: spec.body.map((row): RowInput => [...row]),
    columnStyles: { ...spec.columnStyles },
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    // Called once per page the table touches; the last call knows where it ended.
    didDrawPage: (data) => {
      if (data.cursor !== null) endY = data.cursor.y;
    },
  });
  cursor.y = endY + 18;
}
