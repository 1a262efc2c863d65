import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/synth/rng.ts';
import { shuffleFirst } from '../../src/synth/shuffle.ts';

const values = () => Uint32Array.from({ length: 10 }, (_, i) => i);

describe('shuffleFirst', () => {
  it('keeps every value, and draws the first count places from all of them, the same for the same seed', () => {
    const a = shuffleFirst(values(), { count: 3, rng: createRng(4) });
    expect([...a].sort((x, y) => x - y)).toEqual([...values()]);
    expect(Array.from(shuffleFirst(values(), { count: 3, rng: createRng(4) }))).toEqual(Array.from(a));
    // Over many seeds, every value reaches the first place.
    const first = new Set(Array.from({ length: 200 }, (_, seed) => shuffleFirst(values(), { count: 1, rng: createRng(seed) })[0]));
    expect(first.size).toBe(10);
  });

  it('a count past the length shuffles them all; zero leaves them as they were', () => {
    expect([...shuffleFirst(values(), { count: 99, rng: createRng(1) })].sort((x, y) => x - y)).toEqual([...values()]);
    expect(Array.from(shuffleFirst(values(), { count: 0, rng: createRng(1) }))).toEqual(Array.from(values()));
  });
});
