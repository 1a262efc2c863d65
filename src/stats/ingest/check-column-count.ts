import { InputError } from '../input-error.ts';
import type { RawTable } from '../raw-table.ts';

/**
 * Most columns a file may have. Dependence ranking builds a table for every
 * pair of columns, so cost grows with the square of the count: 1,000 columns
 * took 2.7 s and 0.84 GB for `synth generate` on 200 rows; 10,000 ran a
 * 4 GB Node heap out of memory. Past this, fail at load with a clear message
 * rather than crash later in the loop or the worker.
 */
export const MAX_COLUMNS = 1000;

export function checkColumnCount(raw: RawTable): void {
  const n = raw.columns.length;
  if (n <= MAX_COLUMNS) return;
  throw new InputError(
    `${raw.source}: ${n} columns, more than the ${MAX_COLUMNS} Synthor can model; keep only the columns to synthesise (at most ${MAX_COLUMNS}) in a copy of the file and load that`,
  );
}
