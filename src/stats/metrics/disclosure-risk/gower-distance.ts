import type { GowerRows } from './gower-rows.ts';

export interface GowerPairing {
  readonly a: GowerRows;
  readonly rowA: number;
  readonly b: GowerRows;
  readonly rowB: number;
}

/**
 * Gower distance (Gower 1971) between row `rowA` of `a` and row `rowB` of `b`:
 * the mean over columns of a per-column distance in [0, 1]. Numeric:
 * |x - y| / training range, capped at 1 (values outside the training range
 * would otherwise dominate); a column constant in training gives 0 if equal,
 * else 1. Categorical: 0 if same value, else 1. Missing vs missing is 0,
 * missing vs present is 1. NaN when there is no column.
 */
export function gowerDistance({ a, rowA, b, rowB }: GowerPairing): number {
  const nc = a.numericCount;
  const cc = a.categoricalCount;
  let sum = 0;
  for (let c = 0; c < nc; c++) {
    const x = a.numeric[rowA * nc + c];
    const y = b.numeric[rowB * nc + c];
    if (x === y) continue;
    const xMissing = Number.isNaN(x);
    const yMissing = Number.isNaN(y);
    if (xMissing && yMissing) continue;
    const scale = a.scales[c];
    sum += xMissing || yMissing || scale === 0 ? 1 : Math.min(1, Math.abs(x - y) * scale);
  }
  for (let c = 0; c < cc; c++) if (a.categorical[rowA * cc + c] !== b.categorical[rowB * cc + c]) sum += 1;
  return sum / (nc + cc);
}
