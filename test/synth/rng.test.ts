import { describe, expect, it } from 'vitest';
import { createRng, rngFromState } from '../../src/synth/rng.ts';

describe('createRng', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('stays in [0, 1) and int(n) in [0, n) with every value reached', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const k = rng.int(7);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
      seen.add(k);
    }
    expect(seen.size).toBe(7);
  });

  it('is roughly uniform: chi-square over 10 buckets below the 0.999 critical value', () => {
    // 100,000 draws, 10 buckets of expected 10,000; chi-square(9) at 0.999 is 27.88.
    const rng = createRng(7);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) buckets[Math.floor(rng.next() * 10)]++;
    const chi2 = buckets.reduce((s, o) => s + (o - 10_000) ** 2 / 10_000, 0);
    expect(chi2).toBeLessThan(27.88);
  });

  it('normal() has mean ≈ 0 and sd ≈ 1 (4 standard errors of 50,000 draws)', () => {
    const rng = createRng(3);
    const n = 50_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      sum += z;
      sq += z * z;
    }
    const mean = sum / n;
    const sd = Math.sqrt(sq / n - mean * mean);
    // se(mean) = 1/sqrt(n) ≈ 0.0045; se(sd) ≈ 1/sqrt(2n) ≈ 0.0032.
    expect(Math.abs(mean)).toBeLessThan(0.018);
    expect(Math.abs(sd - 1)).toBeLessThan(0.013);
  });

  it('resumes exactly from a JSON round trip of its state', () => {
    const rng = createRng(99);
    for (let i = 0; i < 10; i++) rng.next();
    const saved = JSON.parse(JSON.stringify(rng.state())) as [number, number, number, number];
    const expected = Array.from({ length: 5 }, () => rng.next());
    const resumed = rngFromState(saved);
    expect(Array.from({ length: 5 }, () => resumed.next())).toEqual(expected);
  });

  it('fork() gives a deterministic stream independent of the parent', () => {
    const a = createRng(5).fork();
    const b = createRng(5).fork();
    const parent = createRng(5);
    parent.next();
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => parent.next())).not.toEqual(xs);
  });

  it('rejects a non-finite seed', () => {
    expect(() => createRng(Number.NaN)).toThrow(/seed/);
  });
});
