import { evaluate, type Evaluation } from '../stats/metrics/evaluate.ts';
import type { MultiTableQualityJson } from '../stats/metrics/multi-table/multi-table-json.ts';
import { trainSyntheticTestReal, type Utility } from '../stats/metrics/utility/train-synthetic-test-real.ts';
import { optionalFlag, parseCommandArgs, requireFlag } from './args.ts';
import { commandSpec } from './command-specs.ts';
import { describeUtility } from './describe-utility.ts';
import { describeMultiTable, evaluateMultiTable, parentWithKeyAsId, planTables } from './evaluate-multi-table.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { formatTable } from './format-table.ts';
import { integerOption } from './integer-option.ts';
import { MAX_SEED } from '../synth/rng.ts';
import { loadTable, type LoadTableOptions } from './load-table.ts';
import { inputName, readJsonFile } from './read-input-file.ts';
import { distanceSampleNote } from '../stats/metrics/disclosure-risk/distance-sample-note.ts';
import { UsageError } from './usage-error.ts';
import { xgboostLearner } from './xgboost-learner.ts';

const COMMAND = 'evaluate';

/**
 * `synth evaluate --real r.csv --synthetic s.csv [--holdout h.csv [--target COLUMN [--positive VALUE]]]
 * [--privacy-sample N] [--seed K] [--child c.csv --synthetic-child sc.csv --key COLUMN] [--metadata m.json] [--json]`:
 * SDMetrics-compatible quality scores (and privacy against a holdout), as JSON
 * or as readable tables. The synthetic and holdout files are read with the
 * real file's schema, so every column is compared as the same kind. --target
 * adds machine-learning utility: a model trained on the synthetic rows beside
 * one trained on the real rows, both tested on the holdout. --child adds the
 * SDMetrics multi-table Quality report of --real as parent and --child as child.
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
  const childPath = optionalFlag(args, 'child');
  const syntheticChildPath = optionalFlag(args, 'synthetic-child');
  const key = optionalFlag(args, 'key');
  if (childPath === undefined && (syntheticChildPath !== undefined || key !== undefined)) {
    throw new UsageError(`${COMMAND}: --${syntheticChildPath !== undefined ? 'synthetic-child' : 'key'} needs --child, the real child table`);
  }
  if (childPath !== undefined && (syntheticChildPath === undefined || key === undefined)) {
    throw new UsageError(`${COMMAND}: --child needs --synthetic-child (the synthetic child table) and --key (the column that joins child rows to --real rows)`);
  }
  const json = args.flags.has('json');
  const privacyRows = integerOption(optionalFlag(args, 'privacy-sample'), { flag: 'privacy-sample', command: COMMAND, min: 2 });
  const seed = integerOption(optionalFlag(args, 'seed'), { flag: 'seed', command: COMMAND, min: 0, max: MAX_SEED });
  if (privacyRows !== undefined && holdoutPath === undefined)
    throw new UsageError(`${COMMAND}: --privacy-sample needs --holdout, the real rows privacy is measured against`);

  const metadata = metadataPath === undefined ? undefined : readJsonFile(metadataPath, { command: COMMAND, flag: '--metadata', maxBytes: FILE_LIMITS.small });
  const plan = childPath === undefined || key === undefined ? undefined : planTables({ key, metadata, metadataPath, realPath, childPath });
  const real = await load(realPath, {
    flag: '--real',
    metadata: plan ? plan.parent.metadata : metadata,
    ...(metadataPath ? { metadataSource: inputName(metadataPath) } : {}),
  });
  const synthetic = await load(syntheticPath, { flag: '--synthetic', schema: real.dataset.schema });
  const holdout = holdoutPath === undefined ? undefined : (await load(holdoutPath, { flag: '--holdout', schema: real.dataset.schema })).dataset;

  const multiTable: MultiTableQualityJson | undefined =
    plan === undefined || childPath === undefined || syntheticChildPath === undefined
      ? undefined
      : await evaluateMultiTable({ plan, real, synthetic, realPath, syntheticPath, childPath, syntheticChildPath });
  // With --child the key is an id in the parent table too: scored by neither report, learned by no model.
  const parent = { real: parentWithKeyAsId(real.dataset, plan), synthetic: parentWithKeyAsId(synthetic.dataset, plan) };
  const holdoutData = holdout && parentWithKeyAsId(holdout, plan);
  const result = evaluate({ ...parent, holdout: holdoutData, privacySample: { rows: privacyRows, seed } });
  const utility =
    target === undefined || holdoutData === undefined
      ? undefined
      : await trainSyntheticTestReal({ ...parent, holdout: holdoutData, target, positive, learner: xgboostLearner });
  const text = json
    ? JSON.stringify({ ...result, ...(utility && { utility }), ...(multiTable && { multiTable }) }, null, 2)
    : describe(result, utility, multiTable);
  process.stdout.write(text + '\n');
}

const load = (path: string, options: Omit<LoadTableOptions, 'command'>) => loadTable(path, { command: COMMAND, ...options });

const fmt = (v: number | null): string => (v === null ? '-' : v.toFixed(4));

/** A sampled score with its 95% margin (1.96 standard errors); the score alone when exact. */
const withError = (v: number | null, error: number | null): string =>
  v === null || error === null || error === 0 ? fmt(v) : `${fmt(v)} ± ${fmt(1.96 * error)}`;

/** The text report: summary scores, utility with --target, then one table per column and per pair. */
function describe(result: Evaluation, utility: Utility | undefined, multiTable: MultiTableQualityJson | undefined): string {
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
      ['DCR share (ideal 0.5)', withError(result.privacy.dcrShare, result.privacy.dcrShareError)],
      ['NNDR', withError(result.privacy.nndr, result.privacy.nndrError)],
    );
  }
  const columns = Object.entries(result.columns).map(([name, c]) => [name, c.metric, fmt(c.score)]);
  const pairs = Object.entries(result.pairs).map(([key, p]) => [key.replace('|', ' × '), p.metric, fmt(p.score), fmt(p.scoreWithoutThreshold)]);
  return [
    formatTable(['Score', 'Value'], summary),
    ...(result.privacy ? [distanceSampleNote(result.privacy)] : []),
    '',
    ...(utility ? [describeUtility(utility), ''] : []),
    formatTable(['Column', 'Metric', 'Score'], columns),
    '',
    formatTable(['Pair', 'Metric', 'Score', 'No threshold'], pairs),
    '(- : no score; a pair without a trend in the real data is left out of Column Pair Trends)',
    ...(multiTable ? ['', describeMultiTable(multiTable)] : []),
  ].join('\n');
}
