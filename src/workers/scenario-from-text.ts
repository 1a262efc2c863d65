import { scenarioEditsFromText, type ScenarioEdits } from '../llm/scenario-edits.ts';
import { InputError } from '../stats/input-error.ts';
import type { AuditEntry } from '../synth/audit/audit-entry.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import type { LlmLink } from './llm-connection.ts';
import type { LoadedData } from './loaded-data.ts';
import { runTargets, sourceForSetup, type Source } from './run-source.ts';
import { refuseWithChild, withSetupScenarios } from './setup-scenarios.ts';
import type { SetupOptions } from './synth-api.ts';

/**
 * A free-text what-if written as target edits by the loaded model, before
 * the run (issue #14): the targets are made as `setup` would make them — the
 * same checks, so tables that may not reach a prompt are refused here too —
 * with the scenario lines the setup already has applied, and the model sees
 * their columns and categories only (scenarioEditsFromText), never rows. The
 * structure is the statistical one: asking the model for it too would cost a
 * request; the run checks every edit again on its own tables. The edits go
 * back to the user, to read and accept before the run; nothing is applied here.
 */
export async function scenarioEditsForSetup(options: {
  source: Source | null;
  child: LoadedData | null;
  setup: SetupOptions;
  llm: LlmLink | null;
  text: string;
  audit: (entry: AuditEntry) => void;
}): Promise<ScenarioEdits> {
  const { setup, llm } = options;
  if (options.text.trim() === '') throw new InputError('scenario: write a what-if first, e.g. "a concert in Las Vegas from 20 to 24"');
  if (setup.planner?.kind !== 'llm' || !llm || llm.lost) throw new InputError('scenario: load a language model first; it writes the edits');
  refuseWithChild(setup.related !== undefined);
  const source = sourceForSetup(options.source, setup);
  const prepared = await runTargets({ source, child: options.child, setup, planner: new StatisticalPlanner() });
  const { targets } = withSetupScenarios(prepared, setup.scenarios);
  return scenarioEditsFromText({ generate: (request) => llm.generate(request), targets, text: options.text, seed: setup.seed, audit: options.audit });
}
