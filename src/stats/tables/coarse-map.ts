import type { Axis } from './axis.ts';
import { axisSize, missingCell } from './axis.ts';

/**
 * Cell of `coarse` for every cell of `fine`, when `coarse` bins the same
 * column on a subset of `fine`'s edges with the same ends (the missing cell
 * maps to the missing cell); null when the two are the same axis. Throws a
 * RangeError naming the column when `coarse` does not coarsen `fine`; callers
 * reading a file turn that into their own message first (isCoarsening).
 */
export function coarseMap(fine: Axis, coarse: Axis): Int32Array | null {
  if (fine === coarse || sameAxis(fine, coarse)) return null;
  const reason = whyNotCoarsening(fine, coarse);
  if (reason) throw new RangeError(`tables: ${reason}`);
  const f = fine as Extract<Axis, { kind: 'binned' }>;
  const c = coarse as Extract<Axis, { kind: 'binned' }>;
  const map = new Int32Array(axisSize(fine));
  let k = 0;
  for (let i = 0; i + 1 < f.edges.length; i++) {
    while (f.edges[i] >= c.edges[k + 1] && k + 2 < c.edges.length) k++;
    map[i] = k;
  }
  map[missingCell(fine)] = missingCell(coarse);
  return map;
}

/** Null when `coarse` bins `fine`'s column on a subset of its edges with the same ends; else why not. */
export function whyNotCoarsening(fine: Axis, coarse: Axis): string | null {
  if (fine.column !== coarse.column) return `axis "${coarse.column}" is not an axis of column "${fine.column}"`;
  if (fine.kind !== 'binned' || coarse.kind !== 'binned')
    return `column "${fine.column}" is categorical; only numeric columns can have coarser bins in a table`;
  const f = fine.edges;
  const c = coarse.edges;
  if (c.length < 2 || c[0] !== f[0] || c[c.length - 1] !== f[f.length - 1]) {
    return `column "${fine.column}": a table's bins must start and end where the column's do (${f[0]} … ${f[f.length - 1]})`;
  }
  for (let i = 1; i < c.length; i++) if (!(c[i] > c[i - 1])) return `column "${fine.column}": a table's bin edges must increase (${c[i - 1]} then ${c[i]})`;
  const own = new Set(f);
  const stray = c.find((e) => !own.has(e));
  if (stray !== undefined) return `column "${fine.column}": a table's bin edge ${stray} is not one of the column's bin edges`;
  return null;
}

function sameAxis(a: Axis, b: Axis): boolean {
  if (a.kind !== 'binned' || b.kind !== 'binned' || a.column !== b.column || a.edges.length !== b.edges.length) return false;
  return a.edges.every((e, i) => e === b.edges[i]);
}
