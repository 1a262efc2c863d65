import { describe, expect, it } from 'vitest';
import { CELL_MAX, cutCell } from '../../src/stats/cut-cell.ts';

describe('cutCell', () => {
  it('keeps a value of up to CELL_MAX characters as it is', () => {
    expect(cutCell('')).toBe('');
    expect(cutCell('x'.repeat(CELL_MAX))).toBe('x'.repeat(CELL_MAX));
  });

  it('cuts a longer value to CELL_MAX characters and an ellipsis', () => {
    expect(cutCell('x'.repeat(CELL_MAX + 1))).toBe(`${'x'.repeat(CELL_MAX)}…`);
    expect(cutCell('y'.repeat(5_000_000))).toHaveLength(CELL_MAX + 1);
  });

  it('never splits a surrogate pair at the cut', () => {
    const value = `${'x'.repeat(CELL_MAX - 1)}😀${'x'.repeat(10)}`;
    expect(cutCell(value)).toBe(`${'x'.repeat(CELL_MAX - 1)}…`);
  });
});
