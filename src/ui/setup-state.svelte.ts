import type { SetupOptions } from '../workers/synth-api.ts';
import { parseJointsText } from './parse-joints-text.ts';
import { SETUP_DEFAULTS, type SetupFields } from './setup-fields.ts';

/** The setup form; inputs bind to these fields. */
export class SetupState {
  rows = $state(SETUP_DEFAULTS.rows);
  seed = $state(SETUP_DEFAULTS.seed);
  maxIterations = $state(SETUP_DEFAULTS.maxIterations);
  proposalsPerIteration = $state(SETUP_DEFAULTS.proposalsPerIteration);
  jointsText = $state(SETUP_DEFAULTS.jointsText);
  rulesText = $state(SETUP_DEFAULTS.rulesText);
  holdoutShare = $state(SETUP_DEFAULTS.holdoutShare);
  topK = $state(SETUP_DEFAULTS.topK);
  planner = $state<SetupFields['planner']>(SETUP_DEFAULTS.planner);
  llmPlans = $state(SETUP_DEFAULTS.llmPlans);
  scenario = $state(SETUP_DEFAULTS.scenario);
  scenariosText = $state(SETUP_DEFAULTS.scenariosText);

  fields(): SetupFields {
    return {
      rows: this.rows,
      seed: this.seed,
      maxIterations: this.maxIterations,
      proposalsPerIteration: this.proposalsPerIteration,
      jointsText: this.jointsText,
      rulesText: this.rulesText,
      holdoutShare: this.holdoutShare,
      topK: this.topK,
      planner: this.planner,
      llmPlans: this.llmPlans,
      scenario: this.scenario,
      scenariosText: this.scenariosText,
    };
  }

  apply(saved: Partial<SetupFields>): void {
    const f = { ...SETUP_DEFAULTS, ...saved };
    this.rows = f.rows;
    this.seed = f.seed;
    this.maxIterations = f.maxIterations;
    this.proposalsPerIteration = f.proposalsPerIteration;
    this.jointsText = f.jointsText;
    this.rulesText = f.rulesText;
    this.holdoutShare = f.holdoutShare;
    this.topK = f.topK;
    this.planner = f.planner;
    this.llmPlans = f.llmPlans;
    this.scenario = f.scenario;
    this.scenariosText = f.scenariosText;
  }

  /** What the worker gets; number inputs may hold NaN or fractions, and the worker's checks name them. */
  options(): SetupOptions {
    return {
      rows: this.rows,
      seed: this.seed,
      maxIterations: this.maxIterations,
      proposalsPerIteration: this.proposalsPerIteration,
      joints: parseJointsText(this.jointsText),
      rules: lines(this.rulesText),
      holdoutShare: this.holdoutShare,
      topK: this.topK,
      ...(this.scenario.trim() !== '' ? { scenario: this.scenario.trim() } : {}),
      ...(lines(this.scenariosText).length > 0 ? { scenarios: lines(this.scenariosText) } : {}),
    };
  }
}

/** The non-empty lines of a text field, trimmed: one rule or scenario each. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((r) => r.trim())
    .filter((r) => r !== '');
}
