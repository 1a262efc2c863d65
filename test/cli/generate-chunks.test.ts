import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateInChunks } from '../../src/cli/generate-chunks.ts';
import { writeCsv } from '../../src/stats/export/write-csv.ts';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';
import { buildTargets } from '../../src/stats/tables/build-targets.ts';
import { OTHER_LABEL } from '../../src/stats/tables/axis.ts';
import { makeRecipe } from '../../src/synth/recipe/make-recipe.ts';
import { synthesize } from '../../src/synth/synthesize.ts';
import { synth } from './run-synth.ts';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'synthor-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function penguinTargets() {
  const bytes = readFileSync(join(ROOT, 'test/fixtures/datasets/penguins.csv'));
  const { dataset } = await loadDataset({ name: 'penguins.csv', bytes });
  return { dataset, targets: buildTargets(dataset, { joints: [['Species', 'Island']] }) };
}

/** generateInChunks on penguin targets, 700 rows in chunks of at most 300; what it said on stdout and stderr. */
async function chunked(file: string, extra: { workers: number; derives?: string[] }) {
  const { targets } = await penguinTargets();
  const said: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (said.push(String(s)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (said.push(String(s)), true));
  const loop = { rows: 700, seed: 7, maxIterations: 12 };
  try {
    const chunks = await generateInChunks({
      command: 'generate',
      targets,
      loop,
      out: join(dir, file),
      otherLabel: OTHER_LABEL,
      derives: extra.derives ?? [],
      chunkRows: 300,
      workers: extra.workers,
    });
    return { targets, loop, chunks, said, bytes: readFileSync(join(dir, file)) };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('generate in chunks', () => {
  it('writes one header and chunks of about equal size in turn; the first chunk is the run of its size, the summary counts the whole file', async () => {
    const { targets, said, bytes, chunks } = await chunked('chunked.csv', { workers: 1 });
    const lines = bytes.toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(701);
    expect(lines.filter((l) => l === lines[0])).toHaveLength(1);
    expect(chunks.map((c) => c.spec.rows)).toEqual([234, 233, 233]);
    const alone = await synthesize({ targets, rows: 234, seed: 7, maxIterations: 12 });
    expect(lines.slice(0, 235)).toEqual(writeCsv(alone.dataset).trimEnd().split('\n'));
    expect(said.filter((s) => /^generate: chunk \d of 3: 23[34] rows in \d+ iterations \(\d+ ms\), mean TVD /.test(s))).toHaveLength(3);
    const summary = said.find((s) => s.startsWith('generate: 700 rows in 3 chunks of at most 234 rows ('));
    expect(summary).toMatch(/mean TVD 0\.\d{4} over \d+ tables → .*chunked\.csv\n$/);
  });

  it('writes the same bytes when the chunks are made side by side in worker threads', async () => {
    const one = await chunked('one-thread.csv', { workers: 1 });
    const two = await chunked('two-threads.csv', { workers: 2 });
    expect(two.bytes.equals(one.bytes)).toBe(true);
    expect(two.chunks).toEqual(one.chunks);
    expect(two.said.find((s) => s.startsWith('generate: 700 rows in 3 chunks of at most 234 rows on 2 threads ('))).toBeDefined();
  });

  it("passes a worker's input error on as the command's own one-line error, and leaves no file cut short", async () => {
    const missing = join(dir, 'no-such-lookup.csv');
    const made = chunked('failed.csv', { workers: 2, derives: [`distance = lookup(${missing})`] });
    await expect(made).rejects.toThrow(expect.objectContaining({ name: 'UsageError', message: expect.stringContaining(missing) }));
    expect(() => readFileSync(join(dir, 'failed.csv'))).toThrow(/ENOENT/);
  });
});

describe('synth replay of a run made in chunks', () => {
  it('writes the recorded file byte for byte from a version 2 recipe', async () => {
    const run = await chunked('recorded.csv', { workers: 2 });
    const recipe = makeRecipe({ targets: run.targets, loop: run.loop, planner: { name: 'statistical' }, chunks: run.chunks });
    expect(recipe.version).toBe(2);
    expect(recipe.plans).toEqual([]);
    writeFileSync(join(dir, 'run.json'), JSON.stringify(recipe));
    // Through tsx, as `npm run synth` runs it: the chunk workers register it themselves (chunk-worker-boot.mjs).
    const replay = await synth(['replay', join(dir, 'run.json'), '--out', join(dir, 'replayed.csv')], { tsx: true });
    expect(replay.stderr).toMatch(/^(replay: chunk \d of 3: .*\n){3}$/);
    expect(replay.stdout).toMatch(/^replay: 700 rows in 3 chunks of at most 234 rows/);
    expect(replay.code).toBe(0);
    expect(readFileSync(join(dir, 'replayed.csv')).equals(run.bytes)).toBe(true);
  });
});
