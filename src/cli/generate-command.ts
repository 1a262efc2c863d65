import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { writeCsv } from '../stats/export/write-csv.ts';
import { loadDataset } from '../stats/ingest/load-dataset.ts';
import type { Dataset } from '../stats/dataset.ts';
import { DEFAULT_MIN_COUNT } from '../stats/privacy/disclosure-report.ts';
import { dropCopies } from '../stats/privacy/drop-copies.ts';
import { buildTargets } from '../stats/tables/build-targets.ts';
import { privateTargets, type DpOptions } from '../stats/privacy/private-targets.ts';
import { createRng } from '../synth/rng.ts';
import { parseBounds } from './parse-bounds.ts';
import { targetsFromJson } from '../stats/stats-json/targets-from-json.ts';
import type { Targets } from '../stats/tables/targets.ts';
import { makeRecipe } from '../synth/recipe/make-recipe.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import type { Planner } from '../synth/planner/planner.ts';
import { structureForDataset } from '../synth/structure/structure-for-dataset.ts';
import { synthesize } from '../synth/synthesize.ts';
import { checkKnown, optionalFlag, parseArgs, requireFlag } from './args.ts';
import { parseJoints } from './parse-joints.ts';
import { positiveInteger } from './positive-integer.ts';
import { readInputFile, readJsonFile, readRulesFile } from './read-input-file.ts';
import { UsageError } from './usage-error.ts';

const COMMAND = 'generate';
/** Share of ε that chooses the pair tables under differential privacy. */
const DP_STRUCTURE_SHARE = 0.1;
const KNOWN = ['input', 'stats', 'rows', 'seed', 'out', 'metadata', 'joints', 'min-count', 'epsilon', 'delta', 'bounds', 'planner', 'iterations', 'recipe', 'drop-copies', 'rules'];
const PLANNERS = ['statistical'];

/**
 * `synth generate (--input data.csv | --stats stats.json) --rows N --seed K --out synthetic.csv
 *   [--metadata m.json] [--joints "a,b;c,d"] [--min-count 5] [--epsilon E [--delta D] --bounds "col=min..max;…"] [--planner statistical] [--iterations N] [--recipe run.json] [--drop-copies]`
 *
 * --drop-copies removes synthetic rows identical to an input row (dropCopies) and does not
 * replace them, so the file can hold fewer than --rows rows; the summary line says how many
 * were dropped. A recipe still records the run before dropping, so replaying it gives them back.
 */
export async function generateCommand(argv: string[]): Promise<void> {
  const args = parseArgs(argv, new Set(['drop-copies']));
  checkKnown(args, KNOWN, COMMAND);
  if (args.positional.length > 0) throw new UsageError(`${COMMAND}: unexpected argument "${args.positional[0]}"; options start with --`);
  const input = optionalFlag(args, 'input');
  const stats = optionalFlag(args, 'stats');
  if ((input === undefined) === (stats === undefined)) throw new UsageError(`${COMMAND}: give exactly one of --input data.csv or --stats stats.json`);
  const rows = positiveInteger(requireFlag(args, 'rows', COMMAND), { flag: 'rows', command: COMMAND }) as number;
  const seed = positiveInteger(requireFlag(args, 'seed', COMMAND), { flag: 'seed', command: COMMAND, min: 0 }) as number;
  const out = requireFlag(args, 'out', COMMAND);
  const maxIterations = positiveInteger(optionalFlag(args, 'iterations'), { flag: 'iterations', command: COMMAND });
  const plannerName = optionalFlag(args, 'planner') ?? 'statistical';
  if (!PLANNERS.includes(plannerName)) {
    throw new UsageError(`${COMMAND}: --planner ${plannerName} is not available on the command line (available: ${PLANNERS.join(', ')}); LLM planners run in the browser app`);
  }
  if (stats !== undefined && ['metadata', 'joints', 'min-count', 'epsilon', 'delta', 'bounds'].some((f) => args.flags.has(f))) {
    throw new UsageError(`${COMMAND}: --metadata, --joints, --min-count and the privacy options apply to --input; a stats file already fixes the schema and the joint tables`);
  }
  const drop = args.flags.has('drop-copies');
  if (drop && args.flags.get('drop-copies') !== true) throw new UsageError(`${COMMAND}: --drop-copies takes no value`);
  if (drop && stats !== undefined) throw new UsageError(`${COMMAND}: --drop-copies needs --input; a stats file holds no rows to compare with`);
  // Comparing with the rows reads the private data again, outside the privacy budget.
  if (drop && args.flags.has('epsilon')) throw new UsageError(`${COMMAND}: --drop-copies reads the input rows after the noisy tables, which --epsilon does not allow; use one or the other`);

  const planner = new StatisticalPlanner();
  const fromData = input !== undefined ? await targetsFromData(input, { args, planner, seed }) : undefined;
  const targets = fromData?.targets ?? targetsFromJson(readJsonFile(stats as string, { command: COMMAND, flag: '--stats' }), basename(stats as string));
  const rulesPath = optionalFlag(args, 'rules');
  const rules = rulesPath === undefined ? [] : readRulesFile(rulesPath, { command: COMMAND, flag: '--rules' });
  const loop = { rows, seed, ...(maxIterations ? { maxIterations } : {}), ...(rules.length ? { rules } : {}) };
  const result = await synthesize({ targets, ...loop, planner });
  const kept = drop && fromData ? dropCopies({ training: fromData.dataset, synthetic: result.dataset }) : undefined;
  writeFileSync(out, writeCsv(kept?.dataset ?? result.dataset));
  const recipePath = optionalFlag(args, 'recipe');
  if (recipePath !== undefined) {
    const recipe = makeRecipe({ targets, loop, planner: { name: plannerName }, history: result.history });
    writeFileSync(recipePath, JSON.stringify(recipe) + '\n');
  }
  const last = result.history.at(-1);
  process.stdout.write(
    `generate: ${rows} rows in ${result.iterations} iterations (${Math.round(result.elapsedMs)} ms), mean TVD ${last ? last.meanTvd.toFixed(4) : 'n/a'} over ${targets.tables.length} tables${kept ? `; ${droppedWords(kept.dropped)}; ${kept.dataset.rowCount} rows written` : ''} → ${out}\n`,
  );
}

const droppedWords = (n: number): string => `dropped ${n} ${n === 1 ? 'row' : 'rows'} identical to a training row`;

async function targetsFromData(input: string, options: { args: ReturnType<typeof parseArgs>; planner: Planner; seed: number }): Promise<{ targets: Targets; dataset: Dataset }> {
  const { args, planner } = options;
  const metadataPath = optionalFlag(args, 'metadata');
  const metadata = metadataPath === undefined ? undefined : readJsonFile(metadataPath, { command: COMMAND, flag: '--metadata' });
  const bytes = readInputFile(input, { command: COMMAND, flag: '--input' });
  const { dataset, warnings } = await loadDataset({ name: basename(input), bytes }, { metadata });
  for (const w of warnings) process.stderr.write(`synth: warning: ${w}\n`);
  const user = parseJoints(optionalFlag(args, 'joints'), { schema: dataset.schema, command: COMMAND });
  const epsilon = optionalFlag(args, 'epsilon');
  const minCount = positiveInteger(optionalFlag(args, 'min-count'), { flag: 'min-count', command: COMMAND }) ?? DEFAULT_MIN_COUNT;
  // --joints come first, then the planner's groups, then a junction tree over the rest. Under DP the
  // structure is not scored on the data (that would read it outside the budget): --joints or the planner decide.
  const joints = await structureForDataset({ dataset, planner, user, axes: { minCount }, rankByData: epsilon === undefined });
  if (epsilon !== undefined) {
    // Differential privacy: the tables get noise once; the seed makes the noise reproducible for this run.
    const dp = dpOptions({ epsilon, delta: optionalFlag(args, 'delta'), bounds: parseBounds(optionalFlag(args, 'bounds'), { schema: dataset.schema, command: COMMAND }), seed: options.seed });
    return { targets: privateTargets(dataset, { joints, dp }), dataset };
  }
  return { targets: buildTargets(dataset, { joints, minCount }), dataset };
}

function dpOptions(options: { epsilon: string; delta: string | undefined; bounds: Map<string, readonly [number, number]>; seed: number }): DpOptions {
  const epsilon = Number(options.epsilon);
  const delta = options.delta === undefined ? 0 : Number(options.delta);
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) throw new UsageError(`${COMMAND}: --epsilon must be a number > 0, got "${options.epsilon}"`);
  if (!(delta >= 0 && delta < 1)) throw new UsageError(`${COMMAND}: --delta must be in [0, 1), got "${options.delta}"`);
  const noise = createRng(options.seed ^ 0x5eed);
  // Without --joints or planner groups, a tenth of ε chooses a spanning tree of pair tables (MST-style).
  return { epsilon, delta, bounds: options.bounds, random: () => noise.next(), structureShare: DP_STRUCTURE_SHARE };
}
