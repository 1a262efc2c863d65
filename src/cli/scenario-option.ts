import type { Dataset } from '../stats/dataset.ts';
import { InputError } from '../stats/input-error.ts';
import type { Targets } from '../stats/tables/targets.ts';
import { applyScenarios, MAX_SCENARIOS } from '../synth/scenario/apply-scenarios.ts';
import { syntheticShare } from '../synth/scenario/synthetic-share.ts';
import { listFlag, type ParsedArgs } from './args.ts';

/**
 * `--scenario TEXT` (repeatable): what-ifs applied to the targets in order,
 * before the loop (docs/aggregate-tables.md). Returns the edited targets and,
 * once the rows are made, the lines that say what each scenario did: the
 * share in the targets before and after, and in the synthetic rows.
 */
export function withScenarios(
  targets: Targets,
  args: ParsedArgs,
  command: string,
): { targets: Targets; texts: string[]; describe: (synthetic: Dataset) => string } {
  const texts = listFlag(args, 'scenario');
  if (texts.length > MAX_SCENARIOS) throw new InputError(`${command}: ${texts.length} --scenario options; at most ${MAX_SCENARIOS} per run`);
  const { targets: edited, effects } = applyScenarios(targets, texts, `${command}: --`);
  const describe = (synthetic: Dataset) =>
    effects
      .map((e) => {
        const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
        return `${command}: scenario "${e.text}": ${pct(e.before)} of the context in the targets, ${pct(e.after)} with the scenario (×${(e.after / (e.before || 1)).toFixed(2)}), ${pct(syntheticShare(e, edited, synthetic))} in the rows written\n`;
      })
      .join('');
  return { targets: edited, texts, describe };
}
