import { InputError } from '../stats/input-error.ts';
import { checkRunSize, MAX_ROWS } from '../synth/loop/run-size.ts';

/**
 * The rows a run is asked for, checked before any work: a whole number from 1
 * to MAX_ROWS, and a table no larger than one run can write (checkRunSize).
 * Without it, a Rows field holding 1,000,000,000,000 started a run that never
 * showed progress.
 */
export function checkSetupRows(rows: number, options: { columns: number }): void {
  if (!(Number.isInteger(rows) && rows >= 1 && rows <= MAX_ROWS)) {
    throw new InputError(`setup: rows must be a whole number from 1 to ${MAX_ROWS.toLocaleString('en')}, got ${String(rows)}`);
  }
  checkRunSize({ rows, columns: options.columns, what: 'setup: rows' });
}
