/**
 * The spreadsheet and file exports for the people who carry the work on:
 * actions and ratings as CSV, and the whole workshop as its own JSON file.
 */
import type { Workshop } from '../../../shared/model';
import { serializeWorkshop } from '../../../shared/workshop-file';

export { actionsCsv, ACTIONS_CSV_HEADER, SECRET_DOTS_CELL } from './actions-csv';
export { ratingsCsv, RATINGS_CSV_HEADER } from './ratings-csv';
export { BOM, toCsv } from './rfc4180';

/** The workshop as a file Journey Room opens again (the same format it saves). */
export function workshopJson(workshop: Workshop): string {
  return serializeWorkshop(workshop);
}
