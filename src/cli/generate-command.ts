import { csvByteBlocks } from '../stats/export/write-csv.ts';
import { dropCopies } from '../stats/privacy/drop-copies.ts';
import { targetsFromJson } from '../stats/stats-json/targets-from-json.ts';
import { makeRecipe } from '../synth/recipe/make-recipe.ts';
import { MAX_SEED } from '../synth/rng.ts';
import { checkRunSize, MAX_ROWS } from '../synth/loop/run-size.ts';
import { synthesize } from '../synth/synthesize.ts';
import { listFlag, optionalFlag, parseCommandArgs, requireFlag, type ParsedArgs } from './args.ts';
import { plannerFromArgs } from './llm-options.ts';
import { ChunkThreads, chunkWorkers } from './chunk-pool.ts';
import { checkOutputs } from './check-outputs.ts';
import { commandSpec } from './command-specs.ts';
import { dpNoise } from './dp-options.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { targetsFromInput, TARGET_FLAGS } from './input-targets.ts';
import { integerOption } from './integer-option.ts';
import { inputName, readJsonFile } from './read-input-file.ts';
import { checkRules, readRulesFile } from './rules-file.ts';
import { breakingWords } from './breaking-words.ts';
import { assertPromptSafe } from '../llm/prompt-safety.ts';
import { DEFAULT_MIN_COUNT } from '../stats/privacy/disclosure-report.ts';
import { UsageError } from './usage-error.ts';
import { relabelPooled } from '../stats/export/pooled-label.ts';
import { OTHER_LABEL } from '../stats/tables/axis.ts';
import { generateRelated } from './generate-related.ts';
import { generateTables } from './table-sources.ts';
import { parseDerives, withDerived } from './derive-option.ts';
import { withScenarios } from './scenario-option.ts';
import { writeOutput } from './write-output.ts';
import { generateInChunks } from './generate-chunks.ts';
import { CHUNK_ROWS, chunkSpecs } from '../synth/chunk-specs.ts';

const COMMAND = 'generate';

/**
 * `synth generate (--input data.csv | --stats stats.json) --rows N --seed K --out synthetic.csv
 *   [target options, as for stats] [--planner statistical] [--iterations N] [--recipe run.json] [--drop-copies] [--rules rules.txt]`
 *
 * From --input the targets are built as `synth stats` builds them (targetsFromInput); under
 * --epsilon the noise comes from the secure random source (or --noise-seed), never from --seed:
 * the recipe records the seed, and noise recomputed from it could be subtracted.
 *
 * --drop-copies removes synthetic rows identical to an input row (dropCopies) and does not
 * replace them, so the file can hold fewer than --rows rows; the summary line says how many
 * were dropped. A recipe still records the run before dropping, so replaying it gives them back.
 */
export async function generateCommand(argv: string[]): Promise<void> {
  const args = parseCommandArgs(argv, commandSpec(COMMAND));
  const input = optionalFlag(args, 'input');
  const stats = optionalFlag(args, 'stats');
  const sources = [input, stats, optionalFlag(args, 'table')].filter((s) => s !== undefined).length;
  if (sources !== 1) throw new UsageError(`${COMMAND}: give exactly one of --input data.csv, --stats stats.json or --table t.csv (repeatable)`);
  const rows = integerOption(requireFlag(args, 'rows', COMMAND), { flag: 'rows', command: COMMAND, max: MAX_ROWS }) as number;
  const seed = integerOption(requireFlag(args, 'seed', COMMAND), { flag: 'seed', command: COMMAND, min: 0, max: MAX_SEED }) as number;
  const maxIterations = integerOption(optionalFlag(args, 'iterations'), { flag: 'iterations', command: COMMAND });
  // Tables from several sources and parent-child runs plan statistically.
  const plannerName = optionalFlag(args, 'planner') ?? 'statistical';
  if (plannerName !== 'statistical' && (args.flags.has('table') || args.flags.has('child') || args.flags.has('out-dir'))) {
    throw new UsageError(`${COMMAND}: --planner ${plannerName} works with --input or --stats; --table and --child runs use the statistical planner`);
  }
  if (args.flags.has('table')) return generateTables(args, { command: COMMAND, rows, seed, ...(maxIterations ? { maxIterations } : {}) });
  if (args.flags.has('child') || args.flags.has('out-dir'))
    return generateRelated(args, { command: COMMAND, rows, seed, ...(maxIterations ? { maxIterations } : {}) });
  // A run made in chunks starts its worker threads now, so they load their code while the input is read.
  const threads = rows > CHUNK_ROWS ? new ChunkThreads(chunkWorkers(chunkSpecs(rows, seed).length)) : undefined;
  try {
    await generateFromOneTable(args, { input, stats, rows, seed, maxIterations, threads });
  } finally {
    await threads?.close();
  }
}

/** `generate` from --input or --stats (one table, not --table or --child): targets, rules and scenarios, then the rows. */
async function generateFromOneTable(
  args: ParsedArgs,
  options: {
    input: string | undefined;
    stats: string | undefined;
    rows: number;
    seed: number;
    maxIterations: number | undefined;
    threads: ChunkThreads | undefined;
  },
): Promise<void> {
  const { input, stats, rows, seed, maxIterations, threads } = options;
  const out = requireFlag(args, 'out', COMMAND);
  const targetFlags = TARGET_FLAGS.filter((f) => args.flags.has(f));
  if (stats !== undefined && targetFlags.length > 0) {
    throw new UsageError(`${COMMAND}: ${targetFlags.map((f) => '--' + f).join(', ')} apply to --input; a stats file already fixes the schema and the tables`);
  }
  const drop = args.flags.has('drop-copies');
  if (drop && stats !== undefined) throw new UsageError(`${COMMAND}: --drop-copies needs --input; a stats file holds no rows to compare with`);
  // Comparing with the rows reads the private data again, outside the privacy budget.
  if (drop && args.flags.has('epsilon'))
    throw new UsageError(`${COMMAND}: --drop-copies reads the input rows after the noisy tables, which --epsilon does not allow; use one or the other`);

  const rulesPath = optionalFlag(args, 'rules');
  const recipePath = optionalFlag(args, 'recipe');
  const auditPath = optionalFlag(args, 'llm-audit');
  const derives = await parseDerives(args, COMMAND);
  if (derives.texts.length > 0 && optionalFlag(args, 'recipe') !== undefined) {
    throw new UsageError(`${COMMAND}: --derive is not recorded in recipes yet, so replay could not write the same file; leave out one of the two`);
  }
  if (recipePath !== undefined && args.flags.has('other-label'))
    throw new UsageError(`${COMMAND}: --other-label is not recorded in recipes yet, so replay could not write the same file; leave out one of the two`);
  const named = (flag: string, path: string | undefined) => (path === undefined ? undefined : { flag: `--${flag}`, path });
  checkOutputs({
    command: COMMAND,
    outputs: [named('out', out), named('recipe', recipePath), named('llm-audit', auditPath)],
    inputs: [
      named('input', input),
      named('stats', stats),
      named('metadata', optionalFlag(args, 'metadata')),
      named('rules', rulesPath),
      ...derives.files.map((f) => named('derive', f)),
    ],
  });
  const ruleLines = rulesPath === undefined ? [] : readRulesFile(rulesPath, { command: COMMAND, flag: '--rules', maxBytes: FILE_LIMITS.small });
  const chosen = await plannerFromArgs(args, { command: COMMAND, seed, scenario: listFlag(args, 'scenario').join('; ') });
  try {
    const fromData =
      input !== undefined ? await targetsFromInput(input, { args, command: COMMAND, planner: chosen.planner, noise: dpNoise(args, COMMAND) }) : undefined;
    const built =
      fromData?.targets ??
      targetsFromJson(readJsonFile(stats as string, { command: COMMAND, flag: '--stats', maxBytes: FILE_LIMITS.targets }), inputName(stats as string));
    if (built.related) throw new UsageError(`${COMMAND}: --stats ${stats} holds a parent table with its children; give --out-dir to write both tables`);
    const remedy = input !== undefined ? `leave --min-count at ${DEFAULT_MIN_COUNT} or more` : undefined;
    assertPromptSafe(built, { choice: { kind: chosen.recipe.name }, source: input ?? (stats as string), ...(remedy ? { remedy } : {}) });
    const scenarios = withScenarios(built, args, COMMAND);
    const targets = scenarios.targets;
    // Above CHUNK_ROWS the rows are made and written a chunk at a time, so the size limit is one chunk's.
    checkRunSize({
      rows: chunkSpecs(rows, seed)[0].rows,
      columns: targets.schema.columns.length,
      what: rows > CHUNK_ROWS ? `${COMMAND}: --rows ${rows.toLocaleString('en')} is made in chunks, and a chunk of` : `${COMMAND}: --rows`,
    });
    const rules = rulesPath === undefined ? [] : checkRules(ruleLines, { targets, path: rulesPath, command: COMMAND });
    const loop = { rows, seed, ...(maxIterations ? { maxIterations } : {}), ...(rules.length ? { rules } : {}) };
    const otherLabel = optionalFlag(args, 'other-label') ?? OTHER_LABEL;
    const writeAudit = () => {
      if (auditPath !== undefined) writeOutput({ flag: '--llm-audit', path: auditPath }, JSON.stringify(chosen.audit, null, 1) + '\n', COMMAND);
    };
    const writeRecipe = (made: Parameters<typeof makeRecipe>[0]) => {
      if (recipePath !== undefined) writeOutput({ flag: '--recipe', path: recipePath }, JSON.stringify(makeRecipe(made)) + '\n', COMMAND);
    };
    const recipeOf = { targets, loop, planner: chosen.recipe, scenarios: scenarios.texts, llmCalls: chosen.audit };
    if (rows > CHUNK_ROWS) {
      const training = drop ? fromData?.dataset : undefined;
      const chunks = await generateInChunks({
        command: COMMAND,
        targets,
        loop,
        out,
        otherLabel,
        derives: derives.texts,
        ...(training ? { training } : {}),
        ...(threads ? { threads } : {}),
        ...(chosen.recipe.name === 'statistical' ? {} : { planner: chosen.planner }),
      });
      writeRecipe({ ...recipeOf, chunks });
      return writeAudit();
    }
    const result = await synthesize({ targets, ...loop, planner: chosen.planner });
    const kept = drop && fromData ? dropCopies({ training: fromData.dataset, synthetic: result.dataset }) : undefined;
    const written = relabelPooled(kept?.dataset ?? result.dataset, { targets, label: otherLabel });
    writeOutput({ flag: '--out', path: out }, csvByteBlocks(await withDerived(written, { texts: derives.texts, seed, command: COMMAND })), COMMAND);
    writeRecipe({ ...recipeOf, history: result.history });
    writeAudit();
    const last = result.history.at(-1);
    process.stdout.write(
      scenarios.describe(kept?.dataset ?? result.dataset) +
        `generate: ${rows} rows in ${result.iterations} iterations (${Math.round(result.elapsedMs)} ms), mean TVD ${last ? last.meanTvd.toFixed(4) : 'n/a'} over ${targets.tables.length} tables${rules.length > 0 ? `, ${breakingWords(last?.ruleViolations ?? 0)}` : ''}${kept ? `; ${droppedWords(kept.dropped)}; ${kept.dataset.rowCount} rows written` : ''}${chosen.describe()} → ${out}\n`,
    );
  } finally {
    await chosen.close();
  }
}

const droppedWords = (n: number): string => `dropped ${n} ${n === 1 ? 'row' : 'rows'} identical to a training row`;
