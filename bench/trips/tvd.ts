import { countBy } from './trip-reference.ts';

/**
 * Total variation distance between two samples' distributions over keys:
 * ½ Σ |p(k) − q(k)| over every key seen in either, p and q the shares of
 * each sample. 0 for equal distributions, 1 for disjoint ones; NaN when a
 * sample is empty (no distribution to compare).
 */
export function tvd(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return Number.NaN;
  const ca = countBy(a);
  const cb = countBy(b);
  let sum = 0;
  for (const k of new Set([...ca.keys(), ...cb.keys()])) sum += Math.abs((ca.get(k) ?? 0) / a.length - (cb.get(k) ?? 0) / b.length);
  return sum / 2;
}
