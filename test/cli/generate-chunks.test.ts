import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateInChunks } from '../../src/cli/generate-chunks.ts';
import { writeCsv } from '../../src/stats/export/write-csv.ts';
import { relabelPooled } from '../../src/stats/export/pooled-label.ts';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';
import { buildTargets } from '../../src/stats/tables/build-targets.ts';
import { OTHER_LABEL } from '../../src/stats/tables/axis.ts';
import { StatisticalPlanner } from '../../src/synth/planner/statistical-planner.ts';
import { synthesize } from '../../src/synth/synthesize.ts';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'synthor-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function penguinTargets() {
  const bytes = readFileSync(join(ROOT, 'test/fixtures/datasets/penguins.csv'));
  const { dataset } = await loadDataset({ name: 'penguins.csv', bytes });
  return { dataset, targets: buildTargets(dataset, { joints: [['Species', 'Island']] }) };
}

describe('generate in chunks', () => {
  it('writes one header and every chunk in turn; the first chunk is the run of its size, the summary counts the whole file', async () => {
    const { targets } = await penguinTargets();
    const out = join(dir, 'chunked.csv');
    const said: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (said.push(String(s)), true));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (said.push(String(s)), true));
    try {
      await generateInChunks({
        command: 'generate',
        targets,
        loop: { rows: 700, seed: 7, maxIterations: 12 },
        planner: new StatisticalPlanner(),
        out,
        otherLabel: OTHER_LABEL,
        derives: [],
        chunkRows: 300,
      });
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(701);
    expect(lines.filter((l) => l === lines[0])).toHaveLength(1);
    const alone = await synthesize({ targets, rows: 300, seed: 7, maxIterations: 12 });
    const first = writeCsv(relabelPooled(alone.dataset, { targets, label: OTHER_LABEL }))
      .trimEnd()
      .split('\n');
    expect(lines.slice(0, 301)).toEqual(first);
    expect(said.filter((s) => /^generate: chunk \d of 3: /.test(s))).toHaveLength(3);
    const summary = said.find((s) => s.startsWith('generate: 700 rows in 3 chunks of at most 300 rows'));
    expect(summary).toMatch(/mean TVD 0\.\d{4} over \d+ tables → .*chunked\.csv\n$/);
  });
});

describe('synth generate above one chunk', () => {
  it('refuses --recipe before any work, since recipes do not record chunks', async () => {
    const { synth } = await import('./run-synth.ts');
    const run = await synth([
      'generate',
      '--input',
      join(ROOT, 'test/fixtures/datasets/penguins.csv'),
      '--rows',
      '1000001',
      '--seed',
      '1',
      '--out',
      join(dir, 'big.csv'),
      '--recipe',
      join(dir, 'run.json'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'synth: generate: --rows 1000001 is made in chunks of 1,000,000 rows, which recipes do not record yet; leave out --recipe, or ask for at most 1,000,000 rows\n',
    );
  });
});
