import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

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
  for (const r of rows) process.stdout.write(line(r.operation, r.ms.toFixed(1), r.baseline ? 'baseline' : r.ratio === undefined ? '' : `${r.ratio.toFixed(1)}× faster`) + '\n');
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${name}-${new Date().toISOString().slice(0, 10)}.json`, dir);
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' };
  writeFileSync(file, JSON.stringify({ benchmark: name, date: new Date().toISOString(), machine, ...meta, rows }, null, 2) + '\n');
  return file.pathname;
}
