import type { Dataset } from '../stats/dataset.ts';
import { loadDataset } from '../stats/ingest/load-dataset.ts';
import { evaluate, type Evaluation } from '../stats/metrics/evaluate.ts';
import type { Schema } from '../stats/schema.ts';
import { checkKnown, optionalFlag, parseArgs, requireFlag } from './args.ts';
import { formatTable } from './format-table.ts';
import { readInputFile, readJsonFile } from './read-input-file.ts';
import { UsageError } from './usage-error.ts';

const COMMAND = 'evaluate';
const KNOWN = ['real', 'synthetic', 'holdout', 'metadata', 'json'];

/**
 * `synth evaluate --real r.csv --synthetic s.csv [--holdout h.csv] [--metadata m.json] [--json]`:
 * SDMetrics-compatible quality scores (and privacy against a holdout), as JSON
 * or as readable tables. The synthetic and holdout files are read with the
 * real file's schema, so every column is compared as the same kind.
 */
export async function evaluateCommand(argv: string[]): Promise<void> {
  const args = parseArgs(argv, new Set(['json']));
  checkKnown(args, KNOWN, COMMAND);
  if (args.positional.length > 0) throw new UsageError(`${COMMAND}: unexpected argument "${args.positional[0]}"; options start with --`);
  const realPath = requireFlag(args, 'real', COMMAND);
  const syntheticPath = requireFlag(args, 'synthetic', COMMAND);
  const holdoutPath = optionalFlag(args, 'holdout');
  const metadataPath = optionalFlag(args, 'metadata');
  const json = args.flags.has('json');
  if (json && args.flags.get('json') !== true) throw new UsageError(`${COMMAND}: --json takes no value`);

  const metadata = metadataPath === undefined ? undefined : readJsonFile(metadataPath, { command: COMMAND, flag: '--metadata' });
  const real = await load(realPath, { flag: '--real', metadata });
  const synthetic = await load(syntheticPath, { flag: '--synthetic', schema: real.schema });
  const holdout = holdoutPath === undefined ? undefined : await load(holdoutPath, { flag: '--holdout', schema: real.schema });

  const result = evaluate({ real, synthetic, holdout });
  process.stdout.write((json ? JSON.stringify(result, null, 2) : describe(result)) + '\n');
}

interface LoadOptions {
  readonly flag: string;
  readonly metadata?: unknown;
  readonly schema?: Schema;
}

async function load(path: string, { flag, metadata, schema }: LoadOptions): Promise<Dataset> {
  const bytes = readInputFile(path, { command: COMMAND, flag });
  const { dataset, warnings } = await loadDataset({ name: path, bytes }, { metadata, schema });
  for (const w of warnings) process.stderr.write(`synth: warning: ${w}\n`);
  return dataset;
}

const fmt = (v: number | null): string => (v === null ? '-' : v.toFixed(4));

/** The text report: summary scores, then one table per column and per pair. */
function describe(result: Evaluation): string {
  const summary: string[][] = [
    ['Quality', fmt(result.quality)],
    ['Quality (no pair threshold)', fmt(result.qualityWithoutThreshold)],
    ['Column Shapes', fmt(result.columnShapes)],
    ['Column Pair Trends', fmt(result.columnPairTrends)],
    ['Column Pair Trends (no threshold)', fmt(result.columnPairTrendsWithoutThreshold)],
    ['New Row Synthesis', fmt(result.newRowSynthesis)],
  ];
  if (result.privacy) {
    summary.push(
      ['Identical matches (synthetic)', fmt(result.privacy.ims)],
      ['Identical matches (holdout)', fmt(result.privacy.imsHoldout)],
      ['DCR share (ideal 0.5)', fmt(result.privacy.dcrShare)],
      ['NNDR', fmt(result.privacy.nndr)],
    );
  }
  const columns = Object.entries(result.columns).map(([name, c]) => [name, c.metric, fmt(c.score)]);
  const pairs = Object.entries(result.pairs).map(([key, p]) => [key.replace('|', ' × '), p.metric, fmt(p.score), fmt(p.scoreWithoutThreshold)]);
  return [
    formatTable(['Score', 'Value'], summary),
    '',
    formatTable(['Column', 'Metric', 'Score'], columns),
    '',
    formatTable(['Pair', 'Metric', 'Score', 'No threshold'], pairs),
    '(- : no score; a pair without a trend in the real data is left out of Column Pair Trends)',
  ].join('\n');
}
