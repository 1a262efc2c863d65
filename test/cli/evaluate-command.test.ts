import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, synth } from './run-synth.ts';
import { checkEvaluation } from '../stats/metrics/check-fixture.ts';

const FIXTURES = join(ROOT, 'test/fixtures/sdmetrics');
const fixture = (caseName: string, file: string) => join(FIXTURES, caseName, file);

const caseArgs = (caseName: string) => [
  'evaluate',
  '--real',
  fixture(caseName, 'real.csv'),
  '--synthetic',
  fixture(caseName, 'synthetic.csv'),
  '--metadata',
  fixture(caseName, 'metadata.json'),
];

describe('synth evaluate', () => {
  it.each(['penguins-holdout', 'mixed-missing'])('prints the SDMetrics numbers of %s as JSON', async (caseName) => {
    const run = await synth([...caseArgs(caseName), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual([
      'quality',
      'qualityWithoutThreshold',
      'columnShapes',
      'columnPairTrends',
      'columnPairTrendsWithoutThreshold',
      'columns',
      'pairs',
      'newRowSynthesis',
    ]);
    checkEvaluation(caseName, result);
  });

  it('adds privacy with --holdout', async () => {
    // Holdout = the synthetic file itself. mixed-missing's synthetic rows include exactly
    // 3 verbatim copies of real rows (expected.json "construction"): IMS 3/200 on both sides;
    // every synthetic row is at distance 0 from the holdout, the 3 copies tie -> DCR share 1.5/200.
    const run = await synth([...caseArgs('mixed-missing'), '--holdout', fixture('mixed-missing', 'synthetic.csv'), '--json']);
    expect(run.code).toBe(0);
    const { privacy } = JSON.parse(run.stdout);
    expect(Object.keys(privacy)).toEqual(['ims', 'imsHoldout', 'dcrShare', 'nndr', 'dcrShareError', 'nndrError', 'sample']);
    expect(privacy.dcrShareError).toBe(0);
    expect(privacy.sample).toEqual({ seed: 0, synthetic: 200, syntheticRows: 200, reference: 200, trainingRows: 200, holdoutRows: 200 });
    expect(privacy.ims).toBeCloseTo(3 / 200, 15);
    expect(privacy.imsHoldout).toBeCloseTo(3 / 200, 15);
    expect(privacy.dcrShare).toBeCloseTo(1.5 / 200, 15);
    expect(privacy.nndr).toBeCloseTo(0.5519626295357574, 12);
  });

  it('samples the distance metrics with --privacy-sample and --seed, and says so', async () => {
    const args = [...caseArgs('mixed-missing'), '--holdout', fixture('mixed-missing', 'synthetic.csv'), '--privacy-sample', '50', '--seed', '3'];
    const json = await synth([...args, '--json']);
    expect(json.code).toBe(0);
    const { privacy } = JSON.parse(json.stdout);
    expect(privacy.sample).toEqual({ seed: 3, synthetic: 50, syntheticRows: 200, reference: 50, trainingRows: 200, holdoutRows: 200 });
    expect(privacy.dcrShareError).toBeGreaterThan(0);
    // identical matches still hash every row
    expect(privacy.ims).toBeCloseTo(3 / 200, 15);
    expect(JSON.parse((await synth([...args, '--json'])).stdout).privacy).toEqual(privacy);
    const text = await synth(args);
    expect(text.stdout).toContain('a random sample (seed 3) of 50 of 200 synthetic rows against 50 of 200 training and 50 of 200 holdout rows');
    expect(text.stdout).toContain('The reference side is capped too');
  });

  it('refuses --privacy-sample without --holdout', async () => {
    const run = await synth([...caseArgs('mixed-missing'), '--privacy-sample', '50']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--privacy-sample needs --holdout');
  });

  it('prints aligned text tables without --json', async () => {
    const run = await synth(caseArgs('penguins-holdout'));
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    // README: Quality 0.883988, Column Pair Trends 0.855665
    expect(lines).toContain('Quality                            0.8840');
    expect(lines.find((l) => l.startsWith('Column Pair Trends '))).toMatch(/ 0\.8557$/);
    // Species × Sex misses the threshold: no score, but a score without threshold
    expect(lines.find((l) => l.startsWith('Species × Sex '))).toMatch(/ContingencySimilarity\s+-\s+0\.8663$/);
  });

  const dir = mkdtempSync(join(tmpdir(), 'synth-evaluate-'));
  const other = join(dir, 'other.csv');
  writeFileSync(other, 'a,b\n1,2\n');
  it.each([
    { name: 'missing --real', args: ['evaluate', '--synthetic', other], stderr: /--real is required/ },
    { name: 'missing --synthetic', args: ['evaluate', '--real', other], stderr: /--synthetic is required/ },
    { name: 'nonexistent file', args: ['evaluate', '--real', join(dir, 'nope.csv'), '--synthetic', other], stderr: /nope\.csv: no such file/ },
    { name: 'unknown option', args: ['evaluate', '--real', other, '--synthetic', other, '--holdot', other], stderr: /unknown option --holdot/ },
    { name: 'misspelt switch', args: ['evaluate', '--real', other, '--synthetic', other, '--jsn'], stderr: /--jsn/ },
    { name: 'stray argument', args: ['evaluate', 'r.csv'], stderr: /unexpected argument "r.csv"/ },
    { name: 'bad metadata JSON', args: ['evaluate', '--real', other, '--synthetic', other, '--metadata', other], stderr: /is not valid JSON/ },
    {
      name: 'synthetic file with other columns',
      args: ['evaluate', '--real', fixture('penguins-holdout', 'real.csv'), '--synthetic', other],
      stderr: /other\.csv/,
    },
  ])('$name: exit code 2 and one line on stderr', async ({ args, stderr }) => {
    const run = await synth(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(stderr);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
