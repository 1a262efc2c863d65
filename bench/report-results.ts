import { writeResults } from './write-results.ts';

export interface BenchRow {
  readonly operation: string;
  readonly ms: number;
  /** How many times faster than the baseline row (baseline ms / ms), when there is one. */
  readonly ratio?: number;
  /** The row the ratios are taken against. */
  readonly baseline?: boolean;
}

/** Prints an aligned table and writes bench/results/<name>-<YYYY-MM-DD>.json. Returns the file path. */
export function reportResults(options: { name: string; rows: readonly BenchRow[]; meta: Record<string, unknown> }): string {
  const { name, rows, meta } = options;
  const width = Math.max(...rows.map((r) => r.operation.length), 'operation'.length);
  const line = (op: string, ms: string, ratio: string) => `${op.padEnd(width)}  ${ms.padStart(10)}  ${ratio.padStart(14)}`;
  process.stdout.write(line('operation', 'ms', 'vs arquero') + '\n');
  process.stdout.write('-'.repeat(width + 28) + '\n');
  for (const r of rows)
    process.stdout.write(line(r.operation, r.ms.toFixed(1), r.baseline ? 'baseline' : r.ratio === undefined ? '' : `${r.ratio.toFixed(1)}× faster`) + '\n');
  return writeResults({ name, data: { ...meta, rows } });
}
