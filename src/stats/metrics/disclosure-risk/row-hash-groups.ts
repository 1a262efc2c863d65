import { mix32 } from '../mix32.ts';

/** A column as the row hash reads it: category codes, or numbers (NaN = missing). */
export type HashedValues = Uint32Array | Float64Array;

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);

/**
 * A 32-bit hash of row `row` over `columns`, equal for rows that are equal
 * value by value (=== on numbers, with every NaN one value and -0 the same as
 * 0). Different rows may share a hash, so a hit must be checked value by value.
 */
export function rowHash(columns: readonly HashedValues[], row: number): number {
  let h = 0x811c9dc5;
  for (const column of columns) {
    const v = column[row];
    if (column instanceof Uint32Array) h = mix32(h ^ v);
    else if (Number.isNaN(v)) h = mix32(h ^ 0x7ff80000);
    else {
      scratch[0] = v === 0 ? 0 : v;
      h = mix32(mix32(h ^ words[0]) ^ words[1]);
    }
  }
  return h;
}

/**
 * Rows grouped by a hash (rowHash), in compressed form: group g holds
 * rows[start[g]] … rows[start[g + 1] - 1], in file order. Built in linear
 * time (one Map from hash to group, then a counting pass), so an index over
 * a million rows costs a fraction of a second, not string keys per row.
 */
export class RowHashGroups {
  readonly rows: Uint32Array;
  readonly start: Uint32Array;
  private readonly group = new Map<number, number>();

  constructor(hashes: Uint32Array) {
    const of = new Uint32Array(hashes.length);
    const counts: number[] = [];
    for (let r = 0; r < hashes.length; r++) {
      let g = this.group.get(hashes[r]);
      if (g === undefined) {
        g = counts.length;
        this.group.set(hashes[r], g);
        counts.push(0);
      }
      of[r] = g;
      counts[g]++;
    }
    this.start = new Uint32Array(counts.length + 1);
    for (let g = 0; g < counts.length; g++) this.start[g + 1] = this.start[g] + counts[g];
    const next = this.start.slice(0, counts.length);
    this.rows = new Uint32Array(hashes.length);
    for (let r = 0; r < hashes.length; r++) this.rows[next[of[r]]++] = r;
  }

  /** The group of rows with this hash, or -1. */
  find(hash: number): number {
    return this.group.get(hash) ?? -1;
  }

  get size(): number {
    return this.start.length - 1;
  }
}

/** Hashes of every row (rowHash). */
export function rowHashes(columns: readonly HashedValues[], rowCount: number): Uint32Array {
  const out = new Uint32Array(rowCount);
  for (let r = 0; r < rowCount; r++) out[r] = rowHash(columns, r);
  return out;
}
