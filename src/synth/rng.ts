/**
 * Seeded pseudo-random numbers: sfc32 (Chris Doty-Humphrey's Small Fast Counting
 * generator, PractRand-tested) with its four 32-bit words filled by splitmix32,
 * so nearby integer seeds still give unrelated streams. The whole state is four
 * plain numbers, so a run can be checkpointed to JSON and resumed exactly.
 */
export type RngState = readonly [number, number, number, number];

export interface Rng {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform integer in [0, n); n must be a positive integer below 2^32. */
  int(n: number): number;
  /** Standard normal (mean 0, sd 1), Box–Muller from two uniforms. */
  normal(): number;
  /** Current state; `rngFromState(rng.state())` continues the same stream. */
  state(): RngState;
  /** An independent generator seeded from this one (advances this one by one draw). */
  fork(): Rng;
}

const TWO_POW_32 = 4294967296;

/** Largest seed: createRng reads a seed as 32 bits, so 0 … MAX_SEED give distinct streams and 2^32 would repeat 0. */
export const MAX_SEED = TWO_POW_32 - 1;

/** splitmix32 (Vigna's splitmix64 adapted to 32 bits): spreads one seed over many words. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`rng: seed must be a finite number, got ${seed}`);
  const mix = splitmix32(Math.trunc(seed));
  const state: [number, number, number, number] = [mix(), mix(), mix(), mix()];
  // sfc32 authors discard the first outputs so a weak seed has mixed in.
  const rng = rngFromState(state);
  for (let i = 0; i < 12; i++) rng.next();
  return rng;
}

export function rngFromState(state: RngState): Rng {
  let a = state[0] >>> 0;
  let b = state[1] >>> 0;
  let c = state[2] >>> 0;
  let d = state[3] >>> 0;
  const nextUint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  const next = (): number => nextUint32() / TWO_POW_32;
  return {
    next,
    int(n: number): number {
      return Math.floor(next() * n);
    },
    normal(): number {
      // 1 - u keeps the logarithm's argument in (0, 1].
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    state: () => [a, b, c, d],
    fork: () => createRng(nextUint32()),
  };
}
