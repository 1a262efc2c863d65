import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatTable } from '../src/cli/format-table.ts';
import { adultSource, writeAdultLike, writeMixed } from './scale/datasets.ts';
import { scaleDataset, type DatasetResult, type ScaleOptions } from './scale/scale-dataset.ts';
import { writeResults } from './write-results.ts';

const say = (s: string) => process.stderr.write(s + '\n');
const DATASETS = ['mixed', 'adult'] as const;

/**
 * `npm run bench -- scale [--rows N] [--synth-rows N] [--holdout-rows N] [--synth-timeout S] [--pairs N]
 * [--only mixed|adult] [--adult train.csv] [--ten-million] [--keep] [--name NAME]`: issue #15's scale
 * benchmark on 1M × 12 mixed rows (bench/mixed-csv.ts) and 1M Adult-like rows (a jittered
 * bootstrap of Adult's training rows, bench/scale/datasets.ts). Per table: our ingest beside
 * uDSV and d3-dsv on the same file; then `synth stats` and `generate` (--pairs times, default 2:
 * the ratio is the median pair's), `evaluate` as child
 * processes with their peak RSS; with --ten-million also `generate --stats` at 1× and 10×
 * the synthetic rows (10M by default), to show whether memory stays flat. Prints the
 * done-when ratios, all measured in this run; writes bench/results/<NAME, default scale>-<date>.json. Asserts nothing.
 */
export async function scaleBench(argv: string[]): Promise<void> {
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (name: string, fallback: number) => {
    const text = flag(name);
    if (text === undefined) return fallback;
    if (!/^[0-9]+$/.test(text) || Number(text) < 1) throw new Error(`bench scale: --${name} must be a positive whole number, got "${text}"`);
    return Number(text);
  };
  const rows = number('rows', 1_000_000);
  const only = flag('only');
  if (only !== undefined && !DATASETS.includes(only as (typeof DATASETS)[number])) throw new Error(`bench scale: --only must be mixed or adult`);
  const dir = mkdtempSync(join(tmpdir(), 'synthor-bench-scale-'));
  const options: ScaleOptions = {
    rows,
    synthRows: number('synth-rows', rows),
    holdoutRows: number('holdout-rows', Math.max(1, Math.round(rows / 10))),
    synthTimeoutMs: number('synth-timeout', 1800) * 1000,
    stepTimeoutMs: number('step-timeout', 600) * 1000,
    pairs: number('pairs', 2),
    tenTimes: argv.includes('--ten-million'),
    dir,
  };
  mkdirSync(dir, { recursive: true });
  const results: DatasetResult[] = [];
  try {
    if (only !== 'adult') {
      say(`writing ${rows.toLocaleString('en')} mixed rows and a ${options.holdoutRows.toLocaleString('en')}-row holdout …`);
      const [real, holdout] = [join(dir, 'mixed.csv'), join(dir, 'mixed-holdout.csv')];
      writeMixed({ rows, seed: 20_251_124, path: real });
      writeMixed({ rows: options.holdoutRows, seed: 7, path: holdout });
      results.push(await scaleDataset({ name: 'mixed', real, holdout }, options));
    }
    if (only !== 'mixed') {
      const source = adultSource(flag('adult'));
      say(`writing ${rows.toLocaleString('en')} Adult-like rows (bootstrap of ${source}) and a holdout …`);
      const [real, holdout] = [join(dir, 'adult.csv'), join(dir, 'adult-holdout.csv')];
      await writeAdultLike({ source, rows, seed: 20_251_124, path: real });
      await writeAdultLike({ source, rows: options.holdoutRows, seed: 7, path: holdout });
      results.push(await scaleDataset({ name: 'adult', real, holdout }, options));
    }
  } finally {
    if (argv.includes('--keep')) say(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  const summaries = results.map(summarize);
  print(results, summaries);
  const { dir: _dir, ...shown } = options;
  say(`wrote ${writeResults({ name: flag('name') ?? 'scale', data: { options: shown, summaries, results } })}`);
}

/** The done-when numbers of one table, each from this run. */
function summarize(r: DatasetResult) {
  const s = r.steps;
  const steps10 = Object.entries(s).filter(([k]) => k.startsWith('generate --stats'));
  const [one, ten] = steps10.map(([, v]) => v);
  return {
    dataset: r.dataset,
    /** Parse + type + encode by us over uDSV / d3-dsv parsing the same file to string arrays (≤ 1 is the goal). */
    oursOverUdsv: r.parse.synthor / r.parse.udsv,
    oursOverD3: r.parse.synthor / r.parse.d3,
    /**
     * `generate` (which parses and builds targets too) over the `stats` pass just before it, the median over the
     * pairs; ≤ 3 is the goal, comparable when synthRows = rows. Every pair's ratio in `synthOverStatsPairs`.
     */
    synthOverStats: median(pairRatios(s)),
    synthOverStatsPairs: pairRatios(s),
    synthRows: s.generate?.rows ?? null,
    generateStatus: s.generate ? (s.generate.ok ? 'ok' : s.generate.error) : 'not run',
    /** Seconds of `evaluate` on real × synthetic (+ holdout); < 60 is the goal. */
    evaluateS: s.evaluate?.ok ? s.evaluate.ms / 1000 : null,
    /** Peak RSS of `generate --stats` at 10× the rows over 1× (1 = flat). */
    tenTimesRss: one?.ok && ten?.ok && one.peakRssMb && ten.peakRssMb ? ten.peakRssMb / one.peakRssMb : null,
  };
}

/** Each `stats` / `generate` pair's ratio, in the order run (pairs where either step failed left out). */
function pairRatios(steps: DatasetResult['steps']): number[] {
  const ratios: number[] = [];
  for (const [label, stats] of Object.entries(steps)) {
    const match = /^stats( #\d+)?$/.exec(label);
    const generate = match ? steps[`generate${match[1] ?? ''}`] : undefined;
    if (stats.ok && generate?.ok) ratios.push(generate.ms / stats.ms);
  }
  return ratios;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function print(results: readonly DatasetResult[], summaries: ReturnType<typeof summarize>[]): void {
  const lines: string[][] = [];
  for (const r of results) {
    const p = r.parse;
    lines.push([r.dataset, `parse: ours (load + type + encode)`, (p.synthor / 1000).toFixed(2), '', '', '']);
    lines.push([r.dataset, `parse: uDSV stringArrs`, (p.udsv / 1000).toFixed(2), '', '', '']);
    lines.push([r.dataset, `parse: d3-dsv csvParseRows`, (p.d3 / 1000).toFixed(2), '', '', '']);
    for (const [name, s] of Object.entries(r.steps))
      lines.push([
        r.dataset,
        name + (s.rows ? ` (${s.rows.toLocaleString('en')} rows)` : ''),
        (s.ms / 1000).toFixed(1),
        s.peakRssMb?.toFixed(0) ?? '?',
        s.load.toFixed(1),
        s.ok ? 'ok' : (s.error ?? ''),
      ]);
  }
  process.stdout.write(formatTable(['table', 'step', 's', 'peak RSS MB', 'load (1 min)', 'status'], lines) + '\n\n');
  const f = (v: number | null, digits = 2) => (v === null ? '—' : v.toFixed(digits));
  const ratios = summaries.map((s) => [s.dataset, f(s.oursOverUdsv), f(s.oursOverD3), f(s.synthOverStats), f(s.evaluateS, 1), f(s.tenTimesRss)]);
  process.stdout.write(formatTable(['table', 'ours/uDSV (≤1)', 'ours/d3 (≤1)', 'synth/stats (≤3)', 'evaluate s (<60)', 'RSS 10×/1× (≈1)'], ratios) + '\n');
}
