import type { TargetsJson } from '../../stats/stats-json/targets-json.ts';
import type { ResolvedLoopOptions } from '../loop/loop-options.ts';

/**
 * A run written down: the targets it aimed at, its options and seed, the
 * planner, and every plan exactly as the planner wrote it. Replaying a recipe
 * feeds those plans back through the same loop, so it reproduces the output
 * byte for byte — LLM runs included, without the model.
 */
export interface Recipe {
  readonly format: 'synthor-recipe';
  readonly version: 1;
  readonly targets: TargetsJson;
  /** hashText of the targets' JSON, to check a recipe against a stats file. */
  readonly targetsHash: string;
  readonly loop: ResolvedLoopOptions;
  readonly planner: { readonly name: string; readonly model?: string; readonly llmSeed?: number; readonly scenario?: string };
  /** Per iteration, the plan as written. */
  readonly plans: readonly unknown[];
  /** planHash of each plan, to refuse a recipe whose plans were edited; absent in recipes written before plans were hashed. */
  readonly planHashes?: readonly string[];
  /** What-if scenarios applied to the targets before the loop (the targets above already hold them); absent without any. */
  readonly scenarios?: readonly string[];
  /** How the loop draws records (SAMPLER_VERSION when written); absent in recipes written before it was recorded (1). */
  readonly sampler?: number;
}

/**
 * The record sampler's version: a change to how records are drawn from the same seed bumps it, so a recipe from an
 * earlier sampler is refused rather than replayed into a different file. 2: a proposal's first-table cells stratified.
 * 3: the refine phase pairs removals and candidates best first from lazy heaps, over a window of the store, with a
 * candidate budget that follows the swaps made.
 */
export const SAMPLER_VERSION = 4;
