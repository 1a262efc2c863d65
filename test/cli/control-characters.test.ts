import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/cli/printable.ts';
import { synth } from './run-synth.ts';

const dir = mkdtempSync(join(tmpdir(), 'synth-control-'));

describe('printable', () => {
  it('shows C0, DEL and C1 control characters as \\x escapes and leaves other text alone', () => {
    expect(printable('a\u001b[31mb\u0007\u007f\u009bc')).toBe('a\\x1b[31mb\\x07\\x7f\\x9bc');
    expect(printable('tab\there')).toBe('tab\\x09here');
    expect(printable('Größe ≤ 5 \\x1b')).toBe('Größe ≤ 5 \\x1b');
  });
});

describe('synth error lines', () => {
  it('never echo a terminal escape sequence from a column name raw', async () => {
    const csv = join(dir, 'escape.csv');
    writeFileSync(csv, 'a,\u001b[31mb\n1,2\n3,4\n');
    const run = await synth(['generate', '--input', csv, '--joints', 'a,zzz', '--rows', '5', '--seed', '1', '--out', join(dir, 'out.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('synth: generate: --joints: no column "zzz" (columns: a, \\x1b[31mb)\n');
  });
});
