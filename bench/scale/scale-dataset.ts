import { basename } from 'node:path';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareIngest, type IngestTimes } from '../ingest.ts';
import { runCli, type CliStep } from './run-cli.ts';

export interface ScaleOptions {
  readonly rows: number;
  readonly synthRows: number;
  readonly holdoutRows: number;
  readonly synthTimeoutMs: number;
  readonly stepTimeoutMs: number;
  /**
   * `stats` then `generate`, this many times in a row: each pair is timed under the same load, and the
   * synthesis ratio is the median pair's (the host is shared; one pair alone swings from 2.2 to 3.2).
   */
  readonly pairs: number;
  /** Also `generate --stats` at synthRows and 10 × synthRows, for peak RSS of the two (flat memory). */
  readonly tenTimes: boolean;
  readonly dir: string;
}

export interface DatasetFiles {
  readonly name: string;
  readonly real: string;
  readonly holdout: string;
}

export interface DatasetResult {
  readonly dataset: string;
  readonly rows: number;
  readonly columns: number;
  readonly bytes: number;
  readonly parse: IngestTimes;
  readonly steps: Record<string, CliStep & { rows?: number }>;
  /** `synth evaluate --json` on real × synthetic (+ holdout), as written; null when it did not run. */
  readonly evaluation: Record<string, unknown> | null;
}

const say = (s: string) => process.stderr.write(s + '\n');

/**
 * The scale steps on one table, each a `synth` child process so its peak RSS
 * is its own: stats (parse + all targets), generate from the file, evaluate
 * real × synthetic with a holdout for the privacy metrics, and optionally
 * generate from stats.json at 1× and 10× rows. In-process first: our ingest
 * beside uDSV and d3-dsv on the same bytes.
 */
export async function scaleDataset(files: DatasetFiles, options: ScaleOptions): Promise<DatasetResult> {
  const { name, real, holdout } = files;
  const out = (file: string) => join(options.dir, `${name}-${file}`);
  const steps: DatasetResult['steps'] = {};
  const step = async (label: string, args: string[], extra: { timeoutMs?: number; stdoutFile?: string; rows?: number } = {}) => {
    say(`${name}: ${label} …`);
    const result = await runCli(args, { timeoutMs: extra.timeoutMs ?? options.stepTimeoutMs, stdoutFile: extra.stdoutFile });
    steps[label] = { ...result, ...(extra.rows === undefined ? {} : { rows: extra.rows }) };
    say(`${name}: ${label}: ${result.ok ? `${(result.ms / 1000).toFixed(1)} s, peak ${result.peakRssMb?.toFixed(0) ?? '?'} MB` : result.error}`);
    return result.ok;
  };

  say(`${name}: parse, ours vs uDSV vs d3-dsv …`);
  const parse = await compareIngest(new Uint8Array(readFileSync(real)), basename(real));
  const stats = out('stats.json');
  const synthetic = out('synthetic.csv');
  let generated = false;
  for (let pair = 1; pair <= Math.max(1, options.pairs); pair++) {
    const suffix = pair === 1 ? '' : ` #${pair}`;
    await step(`stats${suffix}`, ['stats', '--input', real, '--out', pair === 1 ? stats : out(`stats-${pair}.json`)]);
    const args = [
      'generate',
      '--input',
      real,
      '--rows',
      String(options.synthRows),
      '--seed',
      '1',
      '--out',
      pair === 1 ? synthetic : out(`synthetic-${pair}.csv`),
    ];
    const ok = await step(`generate${suffix}`, args, { timeoutMs: options.synthTimeoutMs, rows: options.synthRows });
    if (pair === 1) generated = ok;
  }
  let evaluation: Record<string, unknown> | null = null;
  if (generated) {
    const json = out('evaluation.json');
    const args = ['evaluate', '--real', real, '--synthetic', synthetic, '--holdout', holdout, '--json'];
    if (await step('evaluate', args, { stdoutFile: json })) evaluation = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>;
  }
  if (options.tenTimes && steps.stats?.ok) {
    for (const rows of [options.synthRows, options.synthRows * 10])
      await step(
        `generate --stats ${rows.toLocaleString('en')}`,
        ['generate', '--stats', stats, '--rows', String(rows), '--seed', '1', '--out', out(`from-stats-${rows}.csv`)],
        {
          timeoutMs: options.synthTimeoutMs * (rows / options.synthRows),
          rows,
        },
      );
  }
  return { dataset: name, rows: options.rows, columns: headerOf(real).split(',').length, bytes: statSync(real).size, parse, steps, evaluation };
}

/** The first line of a file, without reading the rest. */
function headerOf(path: string): string {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(4096);
  const n = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  return buffer.subarray(0, n).toString('utf8').split('\n')[0];
}
