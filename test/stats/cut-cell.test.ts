import { describe, expect, it } from 'vitest';
import { CELL_MAX, cutCell, cutMessage, MESSAGE_MAX } from '../../src/stats/cut-cell.ts';

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

describe('cutMessage', () => {
  it('keeps a short message as it is', () => {
    expect(cutMessage('data.csv: row 3 has 2 fields, the header has 3')).toBe('data.csv: row 3 has 2 fields, the header has 3');
  });

  it('cuts a 1 MB column name it quotes, and keeps what comes after it', () => {
    const name = 'n'.repeat(1_000_000);
    const message = cutMessage(`stats.json: tables[3].columns[1]: column "${name}" has no axis; write the file again`);
    expect(message).toBe(`stats.json: tables[3].columns[1]: column "${'n'.repeat(CELL_MAX)}…" has no axis; write the file again`);
  });

  it('cuts a long run without spaces or quotes, and the middle of a message still too long', () => {
    expect(cutMessage(`x ${'y'.repeat(5000)} z`)).toBe(`x ${'y'.repeat(CELL_MAX)}… z`);
    const list = cutMessage(`no column "x" (columns: ${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(', ')}); check the spelling`);
    expect(list).toHaveLength(MESSAGE_MAX);
    expect(list).toMatch(/^no column "x" \(columns: c0, c1, .* … .*c4999\); check the spelling$/);
  });
});
