import { InputError } from '../../stats/input-error.ts';

/** Most rows one run synthesises. */
export const MAX_ROWS = 10_000_000;

/**
 * Most values (rows × columns) one run synthesises. The synthetic table is
 * written as one string, and a JavaScript string stops at about 512 MB: at
 * ten characters a value, 50 million values fill it.
 */
export const MAX_CELLS = 50_000_000;

/** Refuses, before the run, a synthetic table larger than the limits above; `what` names where rows came from. */
export function checkRunSize(options: { rows: number; columns: number; what: string }): void {
  const { rows, columns, what } = options;
  if (rows * columns <= MAX_CELLS) return;
  const most = Math.floor(MAX_CELLS / Math.max(1, columns));
  throw new InputError(
    `${what} ${rows.toLocaleString('en')} rows × ${columns} columns is more than the ${MAX_CELLS.toLocaleString('en')} values one run can write; ask for at most ${most.toLocaleString('en')} rows, or synthesise fewer columns`,
  );
}
