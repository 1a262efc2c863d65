import type { TopLevelSpec } from 'vega-lite';

/** The numbers behind a chart, as a table: its text alternative. */
export interface ChartNumbers {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Rows shown at most: a chart of thousands of points is summarised, not read row by row. */
export const MAX_NUMBER_ROWS = 500;

interface TooltipField {
  readonly field: string;
  readonly title?: string;
  readonly format?: string;
}

/**
 * The table a screen reader (or anyone) can read in place of a chart: the
 * fields its tooltip names, titled and formatted as the tooltip shows them,
 * one row per data point of the spec's inline data, repeated rows once. A
 * spec without a tooltip gives its x, y and colour fields. Null when the spec
 * holds no inline data.
 */
export function chartNumbers(spec: TopLevelSpec): ChartNumbers | null {
  const data = (spec as { data?: { values?: unknown } }).data?.values;
  if (!Array.isArray(data)) return null;
  const fields = tooltipFields(spec);
  if (fields.length === 0) return null;
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const datum of data as Record<string, unknown>[]) {
    const row = fields.map((f) => formatValue(datum[f.field], f.format));
    const key = JSON.stringify(row);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(row);
    if (rows.length === MAX_NUMBER_ROWS) break;
  }
  return { columns: fields.map((f) => f.title ?? f.field), rows };
}

function tooltipFields(spec: TopLevelSpec): TooltipField[] {
  const encodings = [spec as { encoding?: Record<string, unknown> }, ...((spec as { layer?: { encoding?: Record<string, unknown> }[] }).layer ?? [])]
    .map((s) => s.encoding)
    .filter((e): e is Record<string, unknown> => e !== undefined);
  for (const encoding of encodings) {
    const tooltip = encoding.tooltip;
    if (Array.isArray(tooltip)) return (tooltip as TooltipField[]).filter((t) => typeof t.field === 'string');
  }
  const fields = new Map<string, TooltipField>();
  for (const encoding of encodings) {
    for (const channel of ['x', 'y', 'color']) {
      const def = encoding[channel] as { field?: unknown; title?: unknown } | undefined;
      if (typeof def?.field !== 'string' || fields.has(def.field)) continue;
      fields.set(def.field, { field: def.field, ...(typeof def.title === 'string' ? { title: def.title } : {}) });
    }
  }
  return [...fields.values()];
}

/** A value as the tooltip's d3 format shows it, for the forms the charts use (".4f", ".1%"); others plainly. */
export function formatValue(value: unknown, format?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  if (!Number.isFinite(value)) return String(value);
  const fixed = format ? /^\.(\d+)(f|%)$/.exec(format) : null;
  if (fixed) {
    const digits = Number(fixed[1]);
    return fixed[2] === '%' ? `${(value * 100).toFixed(digits)}%` : value.toFixed(digits);
  }
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}
