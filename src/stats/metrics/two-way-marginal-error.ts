import type { Column } from '../column.ts';
import type { Dataset } from '../dataset.ts';
import { alignCategories } from './align-categories.ts';

/** Equal-width bins per numeric column at most (the differential-privacy literature's Adult setting). */
const TWO_WAY_BINS = 32;

/**
 * The average total-variation distance between real and synthetic over every
 * two-way marginal — the workload error that MST and AIM (McKenna et al. 2021,
 * 2022) report. Categories as written (missing is a category); numbers in at
 * most 32 equal-width bins between the real minimum and maximum, integer-aligned
 * for integer columns, with a value held by more than half the real rows (zero
 * capital gains) in a bin of its own; synthetic values outside the real range
 * fall in the end bins. 0 is a perfect match, 1 no overlap at all.
 */
export function twoWayMarginalError(options: { real: Dataset; synthetic: Dataset }): number {
  const { real, synthetic } = options;
  const coded = real.columns.map((column, i) => {
    const other = synthetic.columns.find((c) => c.name === column.name);
    if (!other) throw new Error(`two-way error: synthetic data has no column "${column.name}"`);
    return codeBoth(column, other, real.schema.columns[i]?.kind === 'numeric' && isIntegral(column));
  });
  let sum = 0;
  let pairs = 0;
  for (let a = 0; a < coded.length; a++) {
    for (let b = a + 1; b < coded.length; b++) {
      sum += pairTv(coded[a], coded[b]);
      pairs++;
    }
  }
  return pairs === 0 ? Number.NaN : sum / pairs;
}

interface Coded {
  readonly real: Uint32Array;
  readonly synthetic: Uint32Array;
  readonly size: number;
}

function codeBoth(real: Column, synthetic: Column, integral: boolean): Coded {
  if (real.type === 'categorical' && synthetic.type === 'categorical') {
    const { codes, labels } = alignCategories([real, synthetic]);
    return { real: codes[0], synthetic: codes[1], size: labels.length };
  }
  if (real.type !== 'numeric' || synthetic.type !== 'numeric') throw new Error(`two-way error: column "${real.name}" has different types`);
  const binner = numericBinner(real.values, integral);
  const code = (values: Float64Array) => Uint32Array.from(values, binner.code);
  return { real: code(real.values), synthetic: code(synthetic.values), size: binner.size };
}

/** Code 0 missing, 1 the spike (if any), then the equal-width bins. */
function numericBinner(values: Float64Array, integral: boolean): { code: (v: number) => number; size: number } {
  const counts = new Map<number, number>();
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let present = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    present++;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let spike = Number.NaN;
  for (const [v, c] of counts) if (c > present / 2) spike = v;
  for (const v of counts.keys()) {
    if (v === spike) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) {
    lo = hi = Number.isNaN(spike) ? 0 : spike;
  }
  const width = integral ? Math.max(1, Math.ceil((hi - lo + 1) / TWO_WAY_BINS)) : (hi - lo) / TWO_WAY_BINS || 1;
  const bins = Math.max(1, Math.min(TWO_WAY_BINS, Math.floor((hi - lo) / width) + 1));
  return {
    size: bins + 2,
    code: (v) => {
      if (Number.isNaN(v)) return 0;
      if (v === spike) return 1;
      return 2 + Math.max(0, Math.min(bins - 1, Math.floor((v - lo) / width)));
    },
  };
}

function isIntegral(column: Column): boolean {
  return column.type === 'numeric' && column.values.every((v) => Number.isNaN(v) || Number.isInteger(v));
}

function pairTv(a: Coded, b: Coded): number {
  const cells = a.size * b.size;
  const p = new Float64Array(cells);
  const q = new Float64Array(cells);
  for (let i = 0; i < a.real.length; i++) p[a.real[i] * b.size + b.real[i]]++;
  for (let i = 0; i < a.synthetic.length; i++) q[a.synthetic[i] * b.size + b.synthetic[i]]++;
  const n = a.real.length;
  const m = a.synthetic.length;
  let tv = 0;
  for (let k = 0; k < cells; k++) tv += Math.abs(p[k] / n - q[k] / m);
  return tv / 2;
}
