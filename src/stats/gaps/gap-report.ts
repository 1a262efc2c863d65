import type { Table } from '../tables/table.ts';
import { tableName } from '../tables/table.ts';
import { cellGap, type CellGap } from './cell-gap.ts';
import { cellShare, checkSameShape, tableTvd } from './table-tvd.ts';

export interface GapReport {
  /** Per table (same order as given): TVD = 0.5 Σ|p − q|. */
  readonly tables: readonly { readonly table: string; readonly tvd: number }[];
  /** Sum of the per-table TVDs, and their mean. */
  readonly totalTvd: number;
  readonly meanTvd: number;
  /** Largest positive gaps first (cells to add records to: the paper's guidance). */
  readonly under: readonly CellGap[];
  /** Largest negative gaps first (cells to remove records from). */
  readonly over: readonly CellGap[];
}

const DEFAULT_TOP_GAPS = 10;

/**
 * Directed gaps between target and synthetic tables (LLMSynthor §3.2:
 * gap = target share − synthetic share per cell), the top-N cells each way
 * across all tables, and per-table TVD. Each cell's deficit counts records at
 * `rows` (default: as many as the synthetic tables hold).
 */
export function gapReport(options: { targets: readonly Table[]; synthetic: readonly Table[]; top?: number; rows?: number }): GapReport {
  const { targets, synthetic } = options;
  const top = options.top ?? DEFAULT_TOP_GAPS;
  if (targets.length !== synthetic.length) throw new RangeError(`gaps: ${targets.length} target tables but ${synthetic.length} synthetic`);
  const under = new TopList(top);
  const over = new TopList(top);
  const tables = targets.map((target, t) => {
    checkSameShape(target, synthetic[t]);
    for (let cell = 0; cell < target.counts.length; cell++) {
      const gap = cellShare(target, cell) - cellShare(synthetic[t], cell);
      if (gap > 0) under.offer(gap, t, cell);
      else if (gap < 0) over.offer(-gap, t, cell);
    }
    return { table: tableName(target), tvd: tableTvd(target, synthetic[t]) };
  });
  const describe = (e: Entry): CellGap => {
    const target = targets[e.table];
    const rows = options.rows ?? synthetic[e.table].total;
    const deficit = cellShare(target, e.cell) * rows - synthetic[e.table].counts[e.cell];
    return cellGap({ target, synthetic: synthetic[e.table], tableIndex: e.table, cell: e.cell, deficit });
  };
  const totalTvd = tables.reduce((sum, t) => sum + t.tvd, 0);
  return {
    tables,
    totalTvd,
    meanTvd: tables.length ? totalTvd / tables.length : 0,
    under: under.entries.map(describe),
    over: over.entries.map(describe),
  };
}

interface Entry {
  readonly size: number;
  readonly table: number;
  readonly cell: number;
}

/** The `capacity` largest entries, kept sorted; insertion is cheap because capacity is small. */
class TopList {
  readonly entries: Entry[] = [];
  constructor(private readonly capacity: number) {}

  offer(size: number, table: number, cell: number): void {
    const { entries, capacity } = this;
    if (capacity <= 0 || (entries.length === capacity && size <= entries[capacity - 1].size)) return;
    let i = entries.length;
    while (i > 0 && entries[i - 1].size < size) i--;
    entries.splice(i, 0, { size, table, cell });
    if (entries.length > capacity) entries.pop();
  }
}
