/**
 * How many threads llama.cpp gets in wllama. Threads need SharedArrayBuffer, which only
 * cross-origin isolated pages have. One core is left to the page and the synth worker:
 * llama.cpp's threads wait for each other at every step, so with every core taken one
 * descheduled thread stalls the rest (the e2e 60-row LLM run, on two cores kept busy by two
 * other processes: 20 s with 2 threads, 6 s with 1; idle, 2.5 s with 2).
 */
export function wllamaThreads(options: { crossOriginIsolated: boolean; hardwareConcurrency?: number; requested?: number }): number {
  if (!options.crossOriginIsolated) return 1;
  return Math.max(1, options.requested ?? (options.hardwareConcurrency ?? 1) - 1);
}
