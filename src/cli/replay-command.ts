import { csvByteBlocks } from '../stats/export/write-csv.ts';
import { OTHER_LABEL } from '../stats/tables/axis.ts';
import { openRecipe, replayRecipe } from '../synth/recipe/replay-recipe.ts';
import { parseCommandArgs, requireFlag } from './args.ts';
import { checkOutputs } from './check-outputs.ts';
import { commandSpec } from './command-specs.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { generateInChunks } from './generate-chunks.ts';
import { inputName, readJsonFile } from './read-input-file.ts';
import { UsageError } from './usage-error.ts';
import { writeOutput } from './write-output.ts';

/** `synth replay run.json --out synthetic.csv`: the recorded run again, byte for byte (a run made in chunks, chunk by chunk). */
export async function replayCommand(argv: string[]): Promise<void> {
  const args = parseCommandArgs(argv, commandSpec('replay'));
  if (args.positional.length !== 1) throw new UsageError('replay: give one recipe file: synth replay run.json --out synthetic.csv');
  const path = args.positional[0];
  const out = requireFlag(args, 'out', 'replay');
  checkOutputs({ command: 'replay', outputs: [{ flag: '--out', path: out }], inputs: [{ flag: 'recipe', path }] });
  const value = readJsonFile(path, { command: 'replay', flag: 'recipe', maxBytes: FILE_LIMITS.targets });
  const { recipe, targets } = openRecipe(value, inputName(path));
  if (recipe.chunks) {
    // The recorded plans are data, so the chunks replay in workers like the statistical planner's.
    const recorded = recipe.chunks.map((c, index) => ({ spec: { index, rows: c.rows, seed: c.seed }, plans: c.plans }));
    await generateInChunks({ command: 'replay', targets, loop: recipe.loop, out, otherLabel: OTHER_LABEL, derives: [], recorded });
    return;
  }
  const dataset = await replayRecipe(value, inputName(path));
  writeOutput({ flag: '--out', path: out }, csvByteBlocks(dataset), 'replay');
  process.stdout.write(`replay: ${dataset.rowCount} rows → ${out}\n`);
}
