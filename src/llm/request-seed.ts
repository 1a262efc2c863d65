import { hashText } from '../synth/recipe/hash-text.ts';

/**
 * The seed of one LLM request, derived from the planner's seed, the
 * iteration and the attempt, so a run is replayable and a retry does not
 * sample the same answer again. 31 bits: WebLLM and llama.cpp both take it
 * as a non-negative integer.
 */
export function requestSeed(options: { seed: number; iteration: number; attempt: number }): number {
  const { seed, iteration, attempt } = options;
  return Number.parseInt(hashText(`${seed}/${iteration}/${attempt}`).slice(0, 8), 16) & 0x7fffffff;
}
