import type { Dataset } from '../stats/dataset.ts';
import { loadDataset } from '../stats/ingest/load-dataset.ts';
import { evaluate, type Evaluation } from '../stats/metrics/evaluate.ts';
import { trainSyntheticTestReal, type Utility } from '../stats/metrics/utility/train-synthetic-test-real.ts';
import type { Schema } from '../stats/schema.ts';
import { optionalFlag, parseCommandArgs, requireFlag } from './args.ts';
import { commandSpec } from './command-specs.ts';
import { describeUtility } from './describe-utility.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { formatTable } from './format-table.ts';
import { terminalLine } from './printable.ts';
import { inputName, isStdin, readInputFile, readJsonFile } from './read-input-file.ts';
import { UsageError } from './usage-error.ts';
import { xgboostLearner } from './xgboost-learner.ts';

const COMMAND = 'evaluate';

/**
 * `synth evaluate --real r.csv --synthetic s.csv [--holdout h.csv [--target COLUMN [--positive VALUE]]] [--metadata m.json] [--json]`:
 * SDMetrics-compatible quality scores (and privacy against a holdout), as JSON
 * or as readable tables. The synthetic and holdout files are read with the
 * real file's schema, so every column is compared as the same kind. --target
 * adds machine-learning utility: a model trained on the synthetic rows beside
 * one trained on the real rows, both tested on the holdout.
 */
export async function evaluateCommand(argv: string[]): Promise<void> {
  const args = parseCommandArgs(argv, commandSpec(COMMAND));
  const realPath = requireFlag(args, 'real', COMMAND);
  const syntheticPath = requireFlag(args, 'synthetic', COMMAND);
  const holdoutPath = optionalFlag(args, 'holdout');
  const metadataPath = optionalFlag(args, 'metadata');
  const target = optionalFlag(args, 'target');
  const positive = optionalFlag(args, 'positive');
  if (target !== undefined && holdoutPath === undefined) throw new UsageError(`${COMMAND}: --target needs --holdout, the real rows the models are tested on`);
  if (positive !== undefined && target === undefined) throw new UsageError(`${COMMAND}: --positive needs --target`);
  const json = args.flags.has('json');

  const metadata = metadataPath === undefined ? undefined : readJsonFile(metadataPath, { command: COMMAND, flag: '--metadata', maxBytes: FILE_LIMITS.small });
  const real = await load(realPath, { flag: '--real', metadata, metadataSource: metadataPath && inputName(metadataPath) });
  const synthetic = await load(syntheticPath, { flag: '--synthetic', schema: real.schema });
  const holdout = holdoutPath === undefined ? undefined : await load(holdoutPath, { flag: '--holdout', schema: real.schema });

  const result = evaluate({ real, synthetic, holdout });
  const utility =
    target === undefined || holdout === undefined
      ? undefined
      : await trainSyntheticTestReal({ real, synthetic, holdout, target, positive, learner: xgboostLearner });
  const text = json ? JSON.stringify(utility ? { ...result, utility } : result, null, 2) : describe(result, utility);
  process.stdout.write(text + '\n');
}

interface LoadOptions {
  readonly flag: string;
  readonly metadata?: unknown;
  readonly metadataSource?: string;
  readonly schema?: Schema;
}

async function load(path: string, { flag, metadata, metadataSource, schema }: LoadOptions): Promise<Dataset> {
  const bytes = readInputFile(path, { command: COMMAND, flag, maxBytes: FILE_LIMITS.table });
  const { dataset, warnings } = await loadDataset({ name: isStdin(path) ? inputName(path, bytes) : path, bytes }, { metadata, metadataSource, schema });
  for (const w of warnings) process.stderr.write(`synth: warning: ${terminalLine(w)}\n`);
  return dataset;
}

const fmt = (v: number | null): string => (v === null ? '-' : v.toFixed(4));

/** The text report: summary scores, utility with --target, then one table per column and per pair. */
function describe(result: Evaluation, utility: Utility | undefined): string {
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
    ...(utility ? [describeUtility(utility), ''] : []),
    formatTable(['Column', 'Metric', 'Score'], columns),
    '',
    formatTable(['Pair', 'Metric', 'Score', 'No threshold'], pairs),
    '(- : no score; a pair without a trend in the real data is left out of Column Pair Trends)',
  ].join('\n');
}
