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
  /** 1: one run; 2: a run made in chunks (`chunks`). */
  readonly version: 1 | 2;
  readonly targets: TargetsJson;
  /** hashText of the targets' JSON, to check a recipe against a stats file. */
  readonly targetsHash: string;
  readonly loop: ResolvedLoopOptions;
  readonly planner: { readonly name: string; readonly model?: string; readonly llmSeed?: number; readonly scenario?: string };
  /** Per iteration, the plan as written (empty in a run made in chunks: each chunk has its own). */
  readonly plans: readonly unknown[];
  /** planHash of each plan, to refuse a recipe whose plans were edited; absent in recipes written before plans were hashed. */
  readonly planHashes?: readonly string[];
  /** What-if scenarios applied to the targets before the loop (the targets above already hold them); absent without any. */
  readonly scenarios?: readonly string[];
  /** Every request to a language model, in order: what it served and its tokens as the runtime counted them. */
  readonly llmCalls?: readonly RecipeLlmCall[];
  /** Version 2: the chunks of a run of more rows than one run holds, in order, each replayed as its own run. */
  readonly chunks?: readonly RecipeChunk[];
  /** How the loop draws records (SAMPLER_VERSION when written); absent in recipes written before it was recorded (1). */
  readonly sampler?: number;
}

/** One request to a language model, as a recipe records it. */
export interface RecipeLlmCall {
  readonly iteration: number;
  readonly attempt: number;
  readonly purpose: string;
  readonly promptTokens: number;
  readonly outputTokens: number;
}

/** One chunk of a run made in chunks: its rows, its seed and its plans, hashed like a one-run recipe's. */
export interface RecipeChunk {
  readonly rows: number;
  readonly seed: number;
  readonly plans: readonly unknown[];
  readonly planHashes: readonly string[];
}

/**
 * The record sampler's version: a change to how records are drawn from the same seed bumps it, so a recipe from an
 * earlier sampler is refused rather than replayed into a different file. 2: a proposal's first-table cells stratified.
 * 3: the refine phase pairs removals and candidates best first from lazy heaps, over a window of the store, with a
 * candidate budget that follows the swaps made.
 */
export const SAMPLER_VERSION = 4;
