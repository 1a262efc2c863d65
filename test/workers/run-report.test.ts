import { describe, expect, it } from 'vitest';
import { buildTargets } from '../../src/stats/tables/build-targets.ts';
import { independentMarginals } from '../../src/synth/baselines/independent-marginals.ts';
import { runReport } from '../../src/workers/run-report.ts';
import { splitHoldout } from '../../src/workers/split-holdout.ts';
import { comparisonSampleNote } from '../../src/workers/synth-api.ts';
import { makeDataset } from '../stats/metrics/make-dataset.ts';

const ROWS = 1000;
const data = makeDataset([
  { name: 'x', kind: 'numeric', values: Array.from({ length: ROWS }, (_, i) => (i * 37) % 101) },
  { name: 'y', kind: 'numeric', values: Array.from({ length: ROWS }, (_, i) => ((i * 37) % 101) * 2 + (i % 7)) },
  { name: 'c', kind: 'categorical', values: Array.from({ length: ROWS }, (_, i) => ['a', 'b', 'c'][((i * 37) % 101) % 3]) },
]);
const { training, holdout } = splitHoldout(data, { share: 0.2, seed: 3 });
const targets = buildTargets(training, { joints: [], minCount: 1 });
const synthetic = independentMarginals({ targets, rows: 400, seed: 4 });
const prepared = { targets, joints: [], training, holdout };

describe('runReport', () => {
  it('scores the ceiling and floor on a stated random sample of the training rows, the synthetic rows on every row', () => {
    const report = runReport({ prepared, run: { history: [] }, synthetic, seed: 9, comparisonRows: 150 });
    expect(report.comparisonSamples).toEqual({
      seed: 9,
      training: { rows: 150, of: 800 },
      holdout: { rows: 150, of: 200 },
      baseline: { rows: 150, of: 400 },
    });
    expect(comparisonSampleNote(report.comparisonSamples)).toBe(
      'The floor and held-out columns are scored against a random sample (seed 9) of 150 of 800 training rows: the floor draws 150 baseline ' +
        'rows (the synthetic data has 400); the held-out column scores 150 of 200 held-out rows. Smaller samples score a little lower by ' +
        'chance alone; the synthetic column uses every row.',
    );
    expect(report.evaluation?.privacy?.sample).toMatchObject({ seed: 9, synthetic: 400, syntheticRows: 400, trainingRows: 800, holdoutRows: 200 });
    // Same seed, same report.
    expect(runReport({ prepared, run: { history: [] }, synthetic, seed: 9, comparisonRows: 150 })).toEqual(report);
  });

  it('uses every row, and says nothing of samples, when the sides fit', () => {
    const report = runReport({ prepared, run: { history: [] }, synthetic, seed: 9 });
    expect(report.comparisonSamples?.training).toEqual({ rows: 800, of: 800 });
    expect(comparisonSampleNote(report.comparisonSamples)).toBe('');
  });

  it('announces each step in order: every column and pair of each comparison, then the rest', () => {
    const lines: string[] = [];
    runReport({ prepared, run: { history: [] }, synthetic, seed: 9, onProgress: (line) => lines.push(line) });
    const comparison = (what: string) => [
      ...[1, 2, 3].map((k) => `${what}: scoring column shapes ${k}/3`),
      ...[1, 2, 3].map((k) => `${what}: scoring column pairs ${k}/3`),
      `${what}: scoring new rows (matches with real rows)`,
    ];
    expect(lines).toEqual([
      ...comparison('synthetic vs training rows'),
      'synthetic vs training rows: scoring privacy: identical matches and distances',
      ...comparison('floor (independent marginals)'),
      ...comparison('held-out rows'),
      'charts, utility targets and scenarios',
    ]);
  });
});
