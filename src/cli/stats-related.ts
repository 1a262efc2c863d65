import { basename } from 'node:path';
import { targetsToJson } from '../stats/stats-json/targets-to-json.ts';
import { optionalFlag, requireFlag, type ParsedArgs } from './args.ts';
import { checkOutputs } from './check-outputs.ts';
import { relatedTargetsFromFiles } from './related-input.ts';
import { TARGET_FLAGS } from './input-targets.ts';
import { UsageError } from './usage-error.ts';
import { writeOutput } from './write-output.ts';

/**
 * `synth stats --input households.csv --child persons.csv --key hh_id --out stats.json`:
 * the target tables of the parents holding their children (relatedTargets), with
 * the layout that writes both tables back, so `generate --stats stats.json --out-dir out/`
 * synthesises both from the aggregates alone.
 */
export async function statsRelated(args: ParsedArgs, options: { input: string; out: string; command: string }): Promise<void> {
  const { input, out, command } = options;
  const given = TARGET_FLAGS.filter((f) => f !== 'metadata' && args.flags.has(f));
  if (given.length > 0) throw new UsageError(`${command}: ${given.map((f) => '--' + f).join(', ')} cannot be used with --child yet`);
  const child = requireFlag(args, 'child', command);
  const key = requireFlag(args, 'key', command);
  const metadataPath = optionalFlag(args, 'metadata');
  if (basename(input) === basename(child)) throw new UsageError(`${command}: --input and --child have the same file name ${basename(input)}; rename one`);
  const named = (flag: string, path: string | undefined) => (path === undefined ? undefined : { flag: `--${flag}`, path });
  checkOutputs({ command, outputs: [{ flag: '--out', path: out }], inputs: [named('input', input), named('child', child), named('metadata', metadataPath)] });
  const { targets, parent, child: childData } = await relatedTargetsFromFiles({ input, child, key, metadataPath, command });
  writeOutput({ flag: '--out', path: out }, JSON.stringify(targetsToJson(targets)) + '\n', command);
  const joints = targets.tables.length - targets.axes.length;
  process.stdout.write(
    `${command}: ${parent.rowCount} parent rows with ${childData.rowCount} children → ${targets.axes.length} marginals + ${joints} joint tables (up to ${targets.related?.slots} children each) in ${out}\n`,
  );
}
