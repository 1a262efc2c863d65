import { targetsToJson } from '../stats/stats-json/targets-to-json.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import { optionalFlag, parseCommandArgs, requireFlag } from './args.ts';
import { checkOutputs } from './check-outputs.ts';
import { commandSpec } from './command-specs.ts';
import { dpNoise } from './dp-options.ts';
import { targetsFromInput } from './input-targets.ts';
import { statsRelated } from './stats-related.ts';
import { statsTables } from './table-sources.ts';
import { UsageError } from './usage-error.ts';
import { writeOutput } from './write-output.ts';

const COMMAND = 'stats';

/**
 * `synth stats --input data.csv --out stats.json [target options]` (options: command-specs.ts):
 * writes the target tables `generate --input` would aim at with the same
 * options (every included column's marginal, the chosen joints, the fine
 * marginals and the copula), so `generate --stats` starts from them alone.
 */
export async function statsCommand(argv: string[]): Promise<void> {
  const args = parseCommandArgs(argv, commandSpec(COMMAND));
  if ((optionalFlag(args, 'input') === undefined) === (optionalFlag(args, 'table') === undefined)) {
    throw new UsageError(`${COMMAND}: give exactly one of --input data.csv or --table t.csv (repeatable)`);
  }
  const out = requireFlag(args, 'out', COMMAND);
  if (args.flags.has('table')) return statsTables(args, { out, command: COMMAND });
  const input = requireFlag(args, 'input', COMMAND);
  const metadata = optionalFlag(args, 'metadata');
  checkOutputs({
    command: COMMAND,
    outputs: [{ flag: '--out', path: out }],
    inputs: [{ flag: '--input', path: input }, metadata === undefined ? undefined : { flag: '--metadata', path: metadata }],
  });
  if (args.flags.has('child') || args.flags.has('key')) return statsRelated(args, { input, out, command: COMMAND });
  const { targets, dataset } = await targetsFromInput(input, { args, command: COMMAND, planner: new StatisticalPlanner(), noise: dpNoise(args, COMMAND) });
  writeOutput({ flag: '--out', path: out }, JSON.stringify(targetsToJson(targets)) + '\n', COMMAND);
  const marginals = targets.axes.length;
  const joints = targets.tables.length - marginals;
  const dp = targets.dp ? `, (${targets.dp.epsilon}, ${targets.dp.delta})-differentially private` : '';
  process.stdout.write(
    `${COMMAND}: ${dataset.rowCount} rows → ${marginals} marginal${marginals === 1 ? '' : 's'} + ${joints} joint table${joints === 1 ? '' : 's'}${dp} in ${out}\n`,
  );
}
