import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synth } from './run-synth.ts';

const dir = mkdtempSync(join(tmpdir(), 'synth-related-'));
const households = join(dir, 'households.csv');
const persons = join(dir, 'persons.csv');
// 60 households of 1–3 persons; persons numbered inside each.
const hh: string[] = ['hh_id,cars'];
const pp: string[] = ['hh_id,num,age,sex'];
for (let h = 1; h <= 60; h++) {
  hh.push(`${h},${h % 3}`);
  for (let p = 1; p <= 1 + (h % 3); p++) pp.push(`${h},${p},${p === 1 ? 30 + (h % 40) : 5 + ((h * p) % 60)},${(h + p) % 2 ? 'F' : 'M'}`);
}
writeFileSync(households, hh.join('\n') + '\n');
writeFileSync(persons, pp.join('\n') + '\n');
const out = mkdtempSync(join(tmpdir(), 'synth-related-out-'));
const base = ['generate', '--input', households, '--child', persons, '--key', 'hh_id', '--rows', '40', '--seed', '3', '--out-dir', out];

describe('synth generate --child: households and persons together', () => {
  it('writes both tables under the inputs’ names, keys consistent, no orphans', async () => {
    const run = await synth(base);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const parents = readFileSync(join(out, 'households.csv'), 'utf8').trim().split('\n');
    const children = readFileSync(join(out, 'persons.csv'), 'utf8').trim().split('\n');
    expect(parents[0]).toBe('hh_id,cars');
    expect(children[0]).toBe('hh_id,num,age,sex');
    expect(parents.length - 1).toBe(40);
    const keys = new Set(parents.slice(1).map((l) => l.split(',')[0]));
    expect(keys.size).toBe(40);
    expect(children.slice(1).every((l) => keys.has(l.split(',')[0]))).toBe(true);
    expect(readFileSync(households, 'utf8')).toBe(hh.join('\n') + '\n');
  }, 60_000);

  it('refuses in one line what it cannot do: no --out-dir, --out, a missing key column', async () => {
    const noDir = await synth(base.slice(0, -2));
    expect(noDir.code).toBe(2);
    expect(noDir.stderr.trim()).toMatch(/^synth: generate: --out-dir is required$/);
    const withOut = await synth([...base, '--out', join(out, 'x.csv')]);
    expect(withOut.code).toBe(2);
    expect(withOut.stderr.trim()).toMatch(/--out cannot be used with --child or --out-dir yet/);
    const badKey = await synth([...base.slice(0, 6), 'id', ...base.slice(7)]);
    expect(badKey.code).toBe(2);
    expect(badKey.stderr.trim().split('\n')).toHaveLength(1);
    expect(badKey.stderr).toMatch(/no column "id", the key that joins the tables/);
  }, 60_000);

  it('from aggregates alone: stats --child, then generate --stats --out-dir, gives the same two files', async () => {
    const direct = await synth(base);
    expect(direct.code).toBe(0);
    const stats = join(dir, 'stats.json');
    const described = await synth(['stats', '--input', households, '--child', persons, '--key', 'hh_id', '--out', stats]);
    expect(described.stderr).toBe('');
    const again = mkdtempSync(join(tmpdir(), 'synth-related-again-'));
    const run = await synth(['generate', '--stats', stats, '--rows', '40', '--seed', '3', '--out-dir', again]);
    expect(run.stderr).toBe('');
    for (const name of ['households.csv', 'persons.csv']) expect(readFileSync(join(again, name), 'utf8')).toBe(readFileSync(join(out, name), 'utf8'));
    const oneTable = await synth(['generate', '--stats', stats, '--rows', '40', '--seed', '3', '--out', join(again, 'x.csv')]);
    expect(oneTable.code).toBe(2);
    expect(oneTable.stderr).toMatch(/holds a parent table with its children; give --out-dir/);
  }, 90_000);
});
