/** Wall time of `run` in ms, the median of `repeat` runs (after one untimed warm-up when repeat > 1). */
export function timeIt<T>(run: () => T, options: { repeat?: number } = {}): { ms: number; result: T } {
  const repeat = options.repeat ?? 1;
  let result = repeat > 1 ? run() : (undefined as T);
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], result };
}
