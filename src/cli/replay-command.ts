import { csvBlocks } from '../stats/export/write-csv.ts';
import { replayRecipe } from '../synth/recipe/replay-recipe.ts';
import { parseCommandArgs, requireFlag } from './args.ts';
import { checkOutputs } from './check-outputs.ts';
import { commandSpec } from './command-specs.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { inputName, readJsonFile } from './read-input-file.ts';
import { UsageError } from './usage-error.ts';
import { writeOutput } from './write-output.ts';

/** `synth replay run.json --out synthetic.csv`: the recorded run again, byte for byte. */
export async function replayCommand(argv: string[]): Promise<void> {
  const args = parseCommandArgs(argv, commandSpec('replay'));
  if (args.positional.length !== 1) throw new UsageError('replay: give one recipe file: synth replay run.json --out synthetic.csv');
  const path = args.positional[0];
  const out = requireFlag(args, 'out', 'replay');
  checkOutputs({ command: 'replay', outputs: [{ flag: '--out', path: out }], inputs: [{ flag: 'recipe', path }] });
  const dataset = await replayRecipe(readJsonFile(path, { command: 'replay', flag: 'recipe', maxBytes: FILE_LIMITS.targets }), inputName(path));
  writeOutput({ flag: '--out', path: out }, csvBlocks(dataset), 'replay');
  process.stdout.write(`replay: ${dataset.rowCount} rows → ${out}\n`);
}
