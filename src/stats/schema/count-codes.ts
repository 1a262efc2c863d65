import type { RawColumn } from '../raw-table.ts';

/** How many rows hold each distinct value: counts[code]. One pass over the codes. */
export function countCodes(column: RawColumn): Uint32Array {
  const counts = new Uint32Array(column.values.length);
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  return counts;
}
