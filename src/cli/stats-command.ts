import { writeFileSync } from 'node:fs';
import { targetsToJson } from '../stats/tables/targets-json.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import { optionalFlag, parseCommandArgs, requireFlag } from './args.ts';
import { commandSpec } from './command-specs.ts';
import { secureNoise, seededNoise } from './dp-options.ts';
import { targetsFromInput } from './input-targets.ts';
import { positiveInteger } from './positive-integer.ts';
import { UsageError } from './usage-error.ts';

const COMMAND = 'stats';

/**
 * `synth stats --input data.csv --out stats.json [target options] [--seed K]` (options: command-specs.ts):
 * writes the target tables `generate --input` would aim at with the same
 * options (every included column's marginal, the chosen joints, the fine
 * marginals and the copula), so `generate --stats` starts from them alone.
 */
export async function statsCommand(argv: string[]): Promise<void> {
  const args = parseCommandArgs(argv, commandSpec(COMMAND));
  const input = requireFlag(args, 'input', COMMAND);
  const out = requireFlag(args, 'out', COMMAND);
  const seed = positiveInteger(optionalFlag(args, 'seed'), { flag: 'seed', command: COMMAND, min: 0 });
  if (seed !== undefined && !args.flags.has('epsilon')) throw new UsageError(`${COMMAND}: --seed seeds the noise of --epsilon; without --epsilon nothing is random`);
  // Published tables: noise nobody can recompute, unless a seed is asked for (to compare with generate).
  const noise = seed === undefined ? secureNoise() : seededNoise(seed);
  const { targets, dataset } = await targetsFromInput(input, { args, command: COMMAND, planner: new StatisticalPlanner(), noise });
  writeFileSync(out, JSON.stringify(targetsToJson(targets)) + '\n');
  const marginals = targets.axes.length;
  const joints = targets.tables.length - marginals;
  const dp = targets.dp ? `, (${targets.dp.epsilon}, ${targets.dp.delta})-differentially private` : '';
  process.stdout.write(
    `${COMMAND}: ${dataset.rowCount} rows → ${marginals} marginal${marginals === 1 ? '' : 's'} + ${joints} joint table${joints === 1 ? '' : 's'}${dp} in ${out}\n`,
  );
}
