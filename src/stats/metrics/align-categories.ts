import type { CategoricalColumn } from '../column.ts';
import { MISSING_CODE } from '../column.ts';

export interface AlignedCategories {
  /** One code array per input column, all into `labels`; code 0 is missing. */
  readonly codes: Uint32Array[];
  /** labels[0] === null (missing); the other entries are distinct written values. */
  readonly labels: (string | null)[];
}

/**
 * Re-codes columns that were encoded separately (real, synthetic, holdout each
 * have their own dictionary) into one shared dictionary keyed by the written
 * string, so categories are compared by value, never by code.
 */
export function alignCategories(columns: readonly CategoricalColumn[]): AlignedCategories {
  const labels: (string | null)[] = [null];
  const index = new Map<string, number>();
  const codes = columns.map((column) => {
    const remap = new Uint32Array(column.dictionary.length);
    column.dictionary.forEach((value, code) => {
      if (code === MISSING_CODE || value === null) return;
      let shared = index.get(value);
      if (shared === undefined) {
        shared = labels.length;
        index.set(value, shared);
        labels.push(value);
      }
      remap[code] = shared;
    });
    const out = new Uint32Array(column.codes.length);
    for (let i = 0; i < out.length; i++) out[i] = remap[column.codes[i]];
    return out;
  });
  return { codes, labels };
}
