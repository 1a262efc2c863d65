import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/stats/dataset.ts';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';
import { columnPairTrends } from '../../src/stats/metrics/column-pair-trends.ts';
import { targetsFromJson } from '../../src/stats/stats-json/targets-from-json.ts';
import { independentMarginals } from '../../src/synth/baselines/independent-marginals.ts';
import { ROOT, synth } from './run-synth.ts';

const PENGUINS = join(ROOT, 'test/fixtures/datasets/penguins.csv');
const BOUNDS = 'Beak Length (mm)=30..60; Beak Depth (mm)=13..22; Flipper Length (mm)=170..235; Body Mass (g)=2500..6500';
const dir = mkdtempSync(join(tmpdir(), 'synth-aggregates-'));
const at = (name: string) => join(dir, name);
const read = (name: string) => readFileSync(at(name), 'utf8');

async function ok(args: string[]): Promise<string> {
  const run = await synth(args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

/** Column Pair Trends score of one pair (SDMetrics ContingencySimilarity or CorrelationSimilarity). */
function pairScore(real: Dataset, synthetic: Dataset, a: string, b: string): number {
  const pair = columnPairTrends(real, synthetic).pairs.find((p) => p.column1 === a && p.column2 === b);
  if (!pair) throw new Error(`no pair ${a} × ${b}`);
  return pair.scoreWithoutThreshold;
}

describe('the aggregates-only path: synth stats, then generate --stats', () => {
  it('stats writes the very tables generate --input aims at (its recipe), so both write the same file', async () => {
    await ok(['stats', '--input', PENGUINS, '--out', at('stats.json')]);
    await ok(['generate', '--input', PENGUINS, '--rows', '344', '--seed', '1', '--out', at('from-input.csv'), '--recipe', at('run.json')]);
    await ok(['generate', '--stats', at('stats.json'), '--rows', '344', '--seed', '1', '--out', at('from-stats.csv')]);
    const stats = JSON.parse(read('stats.json'));
    expect(stats).toEqual(JSON.parse(read('run.json')).targets);
    // Joint tables chosen on the data, and the copula of the numbers they link.
    expect(stats.tables.length).toBeGreaterThan(stats.axes.length);
    expect(stats.copula).toBeDefined();
    expect(read('from-stats.csv')).toBe(read('from-input.csv'));
  });

  it('keeps pair structure: Species × Island and Flipper × Body Mass far above independent columns', async () => {
    const real = (await loadDataset({ name: 'penguins.csv', bytes: readFileSync(PENGUINS) })).dataset;
    const synthetic = (await loadDataset({ name: 'from-stats.csv', bytes: readFileSync(at('from-stats.csv')) }, { schema: real.schema })).dataset;
    // The floor: every column drawn on its own from the same stats.json's marginals (what stats wrote before
    // it chose joints: Species × Island 0.58, Flipper × Body Mass 0.58 at seed 1).
    const independent = independentMarginals({ targets: targetsFromJson(JSON.parse(read('stats.json'))), rows: 344, seed: 1 });
    for (const [a, b] of [
      ['Species', 'Island'],
      ['Flipper Length (mm)', 'Body Mass (g)'],
    ]) {
      const floor = pairScore(real, independent, a, b);
      const score = pairScore(real, synthetic, a, b);
      expect(floor, `${a} × ${b} independent`).toBeLessThan(0.75);
      expect(score, `${a} × ${b} from stats.json`).toBeGreaterThan(0.95);
    }
  });

  it('under --epsilon, with the same --noise-seed, the same noisy tables as generate, pairs chosen inside the budget', async () => {
    const dp = ['--input', PENGUINS, '--epsilon', '1', '--bounds', BOUNDS, '--noise-seed', '2'];
    expect(await ok(['stats', ...dp, '--out', at('dp.json')])).toMatch(/344 rows → 7 marginals \+ \d+ joint tables, \(1, 0\)-differentially private in /);
    await ok(['generate', ...dp, '--rows', '344', '--seed', '7', '--out', at('dp.csv'), '--recipe', at('dp-run.json')]);
    const stats = JSON.parse(read('dp.json'));
    expect(stats).toEqual(JSON.parse(read('dp-run.json')).targets);
    expect(stats.tables.length).toBeGreaterThan(stats.axes.length);
    expect(stats.dp.structure.share).toBeCloseTo(0.1, 12);
    // Without a noise seed the noise comes from the system's secure source: nobody can recompute it, and two runs differ.
    const noSeed = dp.slice(0, -2);
    await ok(['stats', ...noSeed, '--out', at('dp-a.json')]);
    await ok(['stats', ...noSeed, '--out', at('dp-b.json')]);
    expect(JSON.parse(read('dp-a.json')).tables).not.toEqual(JSON.parse(read('dp-b.json')).tables);
  });

  it.each([
    [
      ['stats', '--input', PENGUINS, '--noise-seed', '1', '--out', 'x.json'],
      'synth: stats: --noise-seed seeds the noise of --epsilon; without --epsilon nothing is noised\n',
    ],
    [['stats', '--input', PENGUINS, '--delta', '1e-6', '--out', 'x.json'], 'synth: stats: --delta needs --epsilon\n'],
    [['generate', '--input', PENGUINS, '--bounds', BOUNDS, '--rows', '5', '--seed', '1', '--out', 'x.csv'], 'synth: generate: --bounds needs --epsilon\n'],
  ])('refuses an option that would do nothing: %j', async (args, message) => {
    const run = await synth(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(message);
  });
});
