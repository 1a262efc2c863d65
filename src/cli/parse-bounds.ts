import type { Schema } from '../stats/schema.ts';
import { parseDatetime } from '../stats/schema/datetime-format.ts';
import { decimalNumber } from './decimal-number.ts';
import { UsageError } from './usage-error.ts';

/**
 * `--bounds "age=18..90; signup=2020-01-01..2024-12-31"` → public [min, max]
 * per numeric or datetime column (datetimes written in the column's format).
 */
export function parseBounds(text: string | undefined, options: { schema: Schema; command: string }): Map<string, readonly [number, number]> {
  const { schema, command } = options;
  const bounds = new Map<string, readonly [number, number]>();
  if (text === undefined || text.trim() === '') return bounds;
  for (const part of text.split(';')) {
    const m = /^\s*(.+?)\s*=\s*(.+?)\s*\.\.\s*(.+?)\s*$/.exec(part);
    if (!m) throw new UsageError(`${command}: --bounds "${part.trim()}": write column=min..max, e.g. age=18..90`);
    const [, name, lo, hi] = m;
    const column = schema.columns.find((c) => c.name === name);
    if (!column || (column.kind !== 'numeric' && column.kind !== 'datetime')) {
      throw new UsageError(`${command}: --bounds: "${name}" is not a numeric or datetime column`);
    }
    const read = (v: string) => (column.kind === 'datetime' ? parseDatetime(v, column.format) : decimalNumber(v));
    const range = [read(lo), read(hi)] as const;
    if (range.some((v) => !Number.isFinite(v)) || range[0] >= range[1]) {
      throw new UsageError(`${command}: --bounds "${part.trim()}": need min < max${column.kind === 'datetime' ? `, dates written as ${column.format}` : ''}`);
    }
    bounds.set(name, range);
  }
  return bounds;
}
