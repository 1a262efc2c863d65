import type { Dataset } from '../stats/dataset.ts';
import { InputError } from '../stats/input-error.ts';
import { countTables } from '../stats/tables/count-tables.ts';
import type { Targets } from '../stats/tables/targets.ts';
import { applyScenario, selectedShare, type ScenarioEffect } from '../synth/scenario/apply-scenario.ts';
import { parseScenario } from '../synth/scenario/parse-scenario.ts';
import { listFlag, type ParsedArgs } from './args.ts';

/** Scenarios one run applies at most. */
const MAX_SCENARIOS = 20;

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
  const effects: ScenarioEffect[] = [];
  let edited = targets;
  for (const text of texts) {
    try {
      const applied = applyScenario(edited, parseScenario(text));
      edited = applied.targets;
      effects.push(applied.effect);
    } catch (e) {
      if (e instanceof InputError) throw new InputError(`${command}: --${e.message}`);
      throw e;
    }
  }
  const describe = (synthetic: Dataset) =>
    effects
      .map((e) => {
        const [counted] = countTables([e.selection.axes.map((c) => edited.axes.find((a) => a.column === c) as Targets['axes'][number])], synthetic);
        const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
        return `${command}: scenario "${e.text}": ${pct(e.before)} of the context in the targets, ${pct(e.after)} with the scenario (×${(e.after / (e.before || 1)).toFixed(2)}), ${pct(selectedShare(counted, e.selection))} in the rows written\n`;
      })
      .join('');
  return { targets: edited, texts, describe };
}
