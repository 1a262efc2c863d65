import { InputError } from '../../stats/input-error.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { applyScenario, type ScenarioEffect } from './apply-scenario.ts';
import { parseScenario } from './parse-scenario.ts';

/** Scenarios one run applies at most (the CLI's --scenario and the app's Scenarios field alike). */
export const MAX_SCENARIOS = 20;

/**
 * What-ifs applied to the targets in order, each on the previous one's
 * result, so two scenarios on the same records compound. `where` prefixes a
 * refused scenario's message with who read it ("generate: --", "setup: "), so
 * the one line names both the option and the scenario.
 */
export function applyScenarios(targets: Targets, texts: readonly string[], where: string): { targets: Targets; effects: ScenarioEffect[] } {
  const effects: ScenarioEffect[] = [];
  let edited = targets;
  for (const text of texts) {
    try {
      const applied = applyScenario(edited, parseScenario(text));
      edited = applied.targets;
      effects.push(applied.effect);
    } catch (e) {
      if (e instanceof InputError) throw new InputError(`${where}${e.message}`);
      throw e;
    }
  }
  return { targets: edited, effects };
}
