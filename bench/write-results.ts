import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * Writes bench/results/<name>-<YYYY-MM-DD>.json with the machine and date;
 * report-results.ts uses it for timing tables, other benches for metrics
 * and rows per second. Returns the file path.
 */
export function writeResults(options: { name: string; data: Record<string, unknown> }): string {
  const { name, data } = options;
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${name}-${new Date().toISOString().slice(0, 10)}.json`, dir);
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' };
  writeFileSync(file, JSON.stringify({ benchmark: name, date: new Date().toISOString(), machine, ...data }, null, 2) + '\n');
  return file.pathname;
}
