import { describe, expect, it } from 'vitest';
import { requestSeed } from '../../src/llm/request-seed.ts';

describe('requestSeed', () => {
  it('is the same for the same seed, iteration and attempt, and a 31-bit integer', () => {
    const a = requestSeed({ seed: 7, iteration: 3, attempt: 0 });
    expect(requestSeed({ seed: 7, iteration: 3, attempt: 0 })).toBe(a);
    expect(Number.isInteger(a) && a >= 0 && a < 2 ** 31).toBe(true);
  });

  it('differs across seeds, iterations and attempts (no seed × iteration aliasing)', () => {
    const seeds = [
      requestSeed({ seed: 7, iteration: 3, attempt: 0 }),
      requestSeed({ seed: 7, iteration: 3, attempt: 1 }),
      requestSeed({ seed: 7, iteration: 4, attempt: 0 }),
      requestSeed({ seed: 8, iteration: 3, attempt: 0 }),
      requestSeed({ seed: 3, iteration: 7, attempt: 0 }),
    ];
    expect(new Set(seeds).size).toBe(5);
  });
});
