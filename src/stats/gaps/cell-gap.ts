import type { Table } from '../tables/table.ts';
import { cellCoords, cellLabels, tableName } from '../tables/table.ts';
import { cellShare } from './table-tvd.ts';

/**
 * One cell of one table, the target against the synthetic data (LLMSynthor
 * §3.2: gap = target share − synthetic share): what the gap report lists and
 * what guides a planner.
 */
export interface CellGap {
  /** "a × b" */
  readonly table: string;
  /** Index of the table in the lists given (the targets' tables). */
  readonly tableIndex: number;
  /** Flat (row-major) cell index and its per-axis cell indices and labels. */
  readonly cell: number;
  readonly coords: readonly number[];
  readonly labels: readonly string[];
  /** The cell's share of the target and of the synthetic data. */
  readonly target: number;
  readonly synthetic: number;
  /** target − synthetic share: > 0 the synthetic data has too few such records, < 0 too many. */
  readonly gap: number;
  /** Records missing there: target share · n − synthetic count, n the rows measured against (fractional; < 0 too many). */
  readonly deficit: number;
}

/** The gap of one cell; `deficit` as the caller measured it (see CellGap.deficit). */
export function cellGap(options: { target: Table; synthetic: Table; tableIndex: number; cell: number; deficit: number }): CellGap {
  const { target, synthetic, tableIndex, cell, deficit } = options;
  const t = cellShare(target, cell);
  const s = cellShare(synthetic, cell);
  return {
    table: tableName(target),
    tableIndex,
    cell,
    coords: cellCoords(target, cell),
    labels: cellLabels(target, cell),
    target: t,
    synthetic: s,
    gap: t - s,
    deficit,
  };
}
