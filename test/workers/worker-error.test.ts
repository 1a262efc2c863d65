import { describe, expect, it } from 'vitest';
import { CELL_MAX } from '../../src/stats/cut-cell.ts';
import { InputError } from '../../src/stats/input-error.ts';
import { toWorkerError } from '../../src/workers/worker-error.ts';

describe('toWorkerError', () => {
  it('cuts a 1 MB column name in the message the page shows', () => {
    const name = 'n'.repeat(1_000_000);
    const error = toWorkerError(new InputError(`data.csv: row 1, columns 1 and 3 are both named "${name}"; rename one of them`));
    expect(error).toEqual({ code: 'bad-input', message: `data.csv: row 1, columns 1 and 3 are both named "${'n'.repeat(CELL_MAX)}…"; rename one of them` });
  });
});
