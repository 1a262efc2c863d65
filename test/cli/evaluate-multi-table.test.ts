import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMultiJson } from '../stats/metrics/multi-table/check-multi-fixture.ts';
import { ROOT, synth } from './run-synth.ts';

const CASE = join(ROOT, 'test/fixtures/sdmetrics-multi/households-hma');
const file = (side: 'real' | 'synthetic', table: string) => join(CASE, side, `${table}.csv`);

const multiArgs = (files: Partial<Record<'real' | 'synthetic' | 'child' | 'synthetic-child', string>> = {}) => [
  'evaluate',
  '--real',
  files.real ?? file('real', 'households'),
  '--synthetic',
  files.synthetic ?? file('synthetic', 'households'),
  '--child',
  files.child ?? file('real', 'persons'),
  '--synthetic-child',
  files['synthetic-child'] ?? file('synthetic', 'persons'),
  '--key',
  'hh_id',
];

/** A copy of a fixture table with its text edited, in a fresh temporary folder. */
function edited(side: 'real' | 'synthetic', table: string, edit: (text: string) => string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'synth-multi-')), `${table}.csv`);
  writeFileSync(path, edit(readFileSync(file(side, table), 'utf8')));
  return path;
}

describe('synth evaluate --child --synthetic-child --key', () => {
  it('adds the SDMetrics multi-table Quality report to the JSON, every number as SDMetrics 0.29 gives it', async () => {
    const run = await synth([...multiArgs(), '--metadata', join(CASE, 'metadata.json'), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    // The parent's single-table report stays; its key is not scored.
    expect(Object.keys(result.columns)).toEqual(['hh_size', 'num_vehicles', 'family_income', 'num_own_children', 'workers_in_family']);
    checkMultiJson('households-hma', result.multiTable);
  });

  it('without metadata names the tables after the files and reads the same report', async () => {
    const run = await synth([...multiArgs(), '--json']);
    expect(run.code).toBe(0);
    checkMultiJson('households-hma', JSON.parse(run.stdout).multiTable);
  });

  it('prints the multi-table scores after the single-table tables', async () => {
    const run = await synth(multiArgs());
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('Multi-table quality              0.8349');
    expect(lines.find((l) => l.startsWith('persons.hh_id → households'))).toMatch(/CardinalityShapeSimilarity\s+0\.7342$/);
    expect(lines.find((l) => l.startsWith('households.num_own_children × persons.age'))).toMatch(/CorrelationSimilarity\s+0\.9995$/);
  });

  it.each([
    [
      'a child row whose key names no parent',
      { child: edited('real', 'persons', (t) => t + '99999,1,40,Male,White,5705\n') },
      /^synth: evaluate: --child \S+persons\.csv: row 5707: hh_id "99999" matches no row of --real \S+households\.csv\n$/,
    ],
    [
      'a synthetic child row whose key names no synthetic parent',
      { 'synthetic-child': edited('synthetic', 'persons', (t) => t.replace('\n1507439,', '\n42,')) },
      /^synth: evaluate: --synthetic-child \S+persons\.csv: row 2: hh_id "42" matches no row of --synthetic \S+households\.csv\n$/,
    ],
    [
      'a child row without a key',
      { child: edited('real', 'persons', (t) => t.replace('\n1,1,53,', '\n,1,53,')) },
      /^synth: evaluate: --child \S+persons\.csv: row 2 has no hh_id; every child row needs its parent's key\n$/,
    ],
    [
      'a parent key on two rows',
      { real: edited('real', 'households', (t) => t.replace('\n2,3,3,', '\n1,3,3,')) },
      /^synth: evaluate: --real \S+households\.csv: hh_id "1" is on row 2 and row 3; a parent key names one row\n$/,
    ],
    [
      'a child table without the key column',
      { child: edited('real', 'persons', (t) => t.replace('hh_id,', 'household,')) },
      /^synth: evaluate: --child \S+persons\.csv: no column "hh_id", the key that joins the tables; its columns are "household", /,
    ],
  ])('refuses %s in one line, exit 2', async (_, files, message) => {
    const run = await synth(multiArgs(files));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it.each([
    [
      ['--child', file('real', 'persons')],
      'synth: evaluate: --child needs --synthetic-child (the synthetic child table) and --key (the column that joins child rows to --real rows)\n',
    ],
    [['--key', 'hh_id'], 'synth: evaluate: --key needs --child, the real child table\n'],
  ])('%j without its partners is a usage error', async (extra, message) => {
    const run = await synth(['evaluate', '--real', file('real', 'households'), '--synthetic', file('synthetic', 'households'), ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(message);
  });

  it('refuses metadata without a relationship for the key', async () => {
    const run = await synth([...multiArgs().slice(0, -1), 'person_id', '--metadata', join(CASE, 'metadata.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^synth: evaluate: --metadata \S+metadata\.json: no relationship has child_foreign_key "person_id"; the key must name exactly one relationship\n$/,
    );
  });

  it('refuses single-table metadata with --child', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'synth-multi-')), 'metadata.json');
    writeFileSync(path, JSON.stringify({ columns: { age: { sdtype: 'numerical' } } }));
    const run = await synth([...multiArgs(), '--metadata', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^synth: evaluate: --metadata \S+metadata\.json: with a child table the metadata must be SDV multi-table metadata: \{"tables"/);
  });
});
