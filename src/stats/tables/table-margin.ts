import type { Table } from './table.ts';

/** The table's margin on one axis: its counts summed over every other axis. */
export function tableMargin(t: Table, axis: number): Float64Array {
  const out = new Float64Array(t.shape[axis]);
  const stride = t.shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  for (let i = 0; i < t.counts.length; i++) out[Math.floor(i / stride) % t.shape[axis]] += t.counts[i];
  return out;
}
