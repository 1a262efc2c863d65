import { basename } from 'node:path';
import { writeCsv } from '../stats/export/write-csv.ts';
import { InputError } from '../stats/input-error.ts';
import type { Reconciliation } from '../stats/aggregates/reconcile-tables.ts';
import { checkRunSize } from '../synth/loop/run-size.ts';
import { MAX_TABLES, TABLE_ITERATIONS, targetsFromTables } from '../synth/aggregates/synthesize-from-tables.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import { makeRecipe } from '../synth/recipe/make-recipe.ts';
import { synthesize } from '../synth/synthesize.ts';
import { listFlag, optionalFlag, requireFlag, type ParsedArgs } from './args.ts';
import { checkOutputs } from './check-outputs.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { TARGET_FLAGS } from './input-targets.ts';
import { readInputFile } from './read-input-file.ts';
import { checkRules, readRulesFile } from './rules-file.ts';
import { parseDerives, withDerived } from './derive-option.ts';
import { withScenarios } from './scenario-option.ts';
import { UsageError } from './usage-error.ts';
import { writeOutput } from './write-output.ts';

/**
 * `synth generate --table a.csv --table b.csv --rows N --seed K --out trips.csv`:
 * records from aggregate tables alone (the mobility task's mixed sources,
 * docs/aggregate-tables.md). The tables are read, reconciled where they
 * share variables, made targets of N records and synthesised; what the
 * reconciliation did is said before the summary line.
 */
export async function generateTables(args: ParsedArgs, options: { command: string; rows: number; seed: number; maxIterations?: number }): Promise<void> {
  const { command, rows, seed } = options;
  const paths = listFlag(args, 'table');
  if (paths.length > MAX_TABLES) throw new UsageError(`${command}: ${paths.length} --table files; at most ${MAX_TABLES} per run`);
  const other = ['input', 'stats', 'child', 'out-dir', 'drop-copies', 'other-label', 'epsilon', ...TARGET_FLAGS].filter((f) => args.flags.has(f));
  if (other.length > 0)
    throw new UsageError(`${command}: ${other.map((f) => '--' + f).join(', ')} cannot go with --table; the tables fix the columns and the targets`);
  const out = requireFlag(args, 'out', command);
  const rulesPath = optionalFlag(args, 'rules');
  const recipePath = optionalFlag(args, 'recipe');
  const derives = parseDerives(args, command);
  if (derives.texts.length > 0 && optionalFlag(args, 'recipe') !== undefined) {
    throw new UsageError(`${command}: --derive is not recorded in recipes yet, so replay could not write the same file; leave out one of the two`);
  }
  const named = (flag: string, path: string | undefined) => (path === undefined ? undefined : { flag: `--${flag}`, path });
  checkOutputs({
    command,
    outputs: [named('out', out), named('recipe', recipePath)],
    inputs: [...paths.map((p) => named('table', p)), named('rules', rulesPath), ...derives.files.map((f) => named('derive', f))],
  });
  const files = paths.map((path) => ({ name: basename(path), bytes: readInputFile(path, { command, flag: '--table', maxBytes: FILE_LIMITS.table }) }));
  const ruleLines = rulesPath === undefined ? [] : readRulesFile(rulesPath, { command, flag: '--rules', maxBytes: FILE_LIMITS.small });
  let built: Awaited<ReturnType<typeof targetsFromTables>>;
  try {
    built = await targetsFromTables({ tables: files, rows });
  } catch (e) {
    // The file's own message names it; the command line names which option read it.
    if (e instanceof InputError) throw new InputError(`${command}: --table ${e.message}`);
    throw e;
  }
  const { reconciliation } = built;
  const scenarios = withScenarios(built.targets, args, command);
  const targets = scenarios.targets;
  checkRunSize({ rows, columns: targets.schema.columns.length, what: `${command}: --rows` });
  const rules = rulesPath === undefined ? [] : checkRules(ruleLines, { targets, path: rulesPath, command });
  const loop = { rows, seed, maxIterations: options.maxIterations ?? TABLE_ITERATIONS, ...(rules.length ? { rules } : {}) };
  const result = await synthesize({ targets, ...loop, planner: new StatisticalPlanner() });
  const derived = await withDerived(result.dataset, { texts: derives.texts, seed, command });
  writeOutput({ flag: '--out', path: out }, writeCsv(derived), command);
  if (recipePath !== undefined) {
    const recipe = makeRecipe({ targets, loop, planner: { name: 'statistical' }, history: result.history, scenarios: scenarios.texts });
    writeOutput({ flag: '--recipe', path: recipePath }, JSON.stringify(recipe) + '\n', command);
  }
  const last = result.history.at(-1);
  process.stdout.write(
    describeReconciliation(reconciliation, command) +
      scenarios.describe(result.dataset) +
      `${command}: ${rows} rows in ${result.iterations} iterations (${Math.round(result.elapsedMs)} ms), mean TVD ${last ? last.meanTvd.toFixed(4) : 'n/a'} over ${targets.tables.length} tables → ${out}\n`,
  );
}

/** What reconciling did, a line per source and per shared variable set, and the pairs no table gives together. */
export function describeReconciliation(r: Reconciliation, command: string): string {
  const pct = (v: number) => `${(100 * v).toFixed(2)}%`;
  const lines = r.tables.map(
    (t) =>
      `${command}: ${t.source}: ${t.variables.join(' × ')}, weight ${Math.round(t.weight).toLocaleString('en')}; moved ${pct(t.moved)} (TVD) to agree with the others`,
  );
  for (const o of r.overlaps) {
    lines.push(`${command}: ${o.variables.join(' × ')} given by ${o.sources.map((s) => `${s.source} (${pct(s.tvd)} off the consensus)`).join(', ')}`);
  }
  if (r.unobserved.length > 0) {
    lines.push(
      `${command}: never given together: ${r.unobserved.map(([a, b]) => `${a} × ${b}`).join(', ')} — drawn through what links them; the output carries no evidence on these pairs`,
    );
  }
  return lines.map((l) => l + '\n').join('');
}
