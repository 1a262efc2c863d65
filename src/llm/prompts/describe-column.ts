import type { ColumnSchema } from '../../stats/schema.ts';
import { formatNumber } from '../../stats/export/format-number.ts';
import { formatDatetime } from '../../stats/schema/datetime-format.ts';
import type { Axis } from '../../stats/tables/axis.ts';
import { missingCell } from '../../stats/tables/axis.ts';
import type { Table } from '../../stats/tables/table.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { formatShare } from './format-share.ts';
import { quoteData } from './quote-data.ts';

export interface ColumnDescription {
  /** One line: name, kind, categories (most common first) or range, and notes. */
  readonly line: string;
  /** Categories the line names, and how many the column has (the missing cell not counted). */
  readonly listed: number;
  readonly total: number;
}

/** A trailing "(unit)" in a column name: "Body Mass (g)" is in g. */
const UNIT = /\(([^()]+)\)\s*$/;

/**
 * One column as the prompt describes it, from its axis and marginal table
 * only (never rows). Categories are listed by target share, the most common
 * first, so cutting the list keeps what matters most; numbers and dates show
 * the range of the axis' edges, written as the column writes them. `notes`
 * adds the shares (of each listed category, and of missing values): helpful,
 * but the first thing the model can do without.
 */
export function describeColumn(options: {
  axis: Axis;
  schema: ColumnSchema | undefined;
  marginal: Table | undefined;
  maxCategories: number;
  notes: boolean;
}): ColumnDescription {
  const { axis, schema, marginal, maxCategories, notes } = options;
  const share = (cell: number) => (marginal && marginal.total > 0 ? marginal.counts[cell] / marginal.total : 0);
  const missing = missingCell(axis);
  const missingNote = notes && share(missing) > 0 ? `; missing in ${formatShare(share(missing))}` : '';
  const name = quoteData(axis.column);
  if (axis.kind === 'categorical') {
    const cells = axis.labels.map((_, cell) => cell).filter((cell) => cell !== missing);
    // Stable sort: equal shares keep the axis order (most frequent first in the source).
    cells.sort((a, b) => share(b) - share(a));
    const shown = cells.slice(0, maxCategories);
    const items = shown.map((cell) => quoteData(axis.labels[cell]) + (notes ? ` ${formatShare(share(cell))}` : ''));
    const more = cells.length - shown.length;
    const list = [...items, ...(more > 0 ? [`and ${more} more`] : [])].join(', ');
    const kind = schema?.kind === 'boolean' ? 'yes/no' : 'categorical';
    const body = shown.length > 0 ? `: ${list}` : '';
    return { line: `- ${name} (${kind}, ${cells.length} categories)${body}${missingNote}`, listed: shown.length, total: cells.length };
  }
  if (axis.edges.length === 0) return { line: `- ${name} (always missing)`, listed: 0, total: 0 };
  const lo = axis.edges[0];
  const hi = axis.edges[axis.edges.length - 1];
  if (schema?.kind === 'datetime') {
    const line = `- ${name} (date, written ${quoteData(schema.format)}): from ${formatDatetime(lo, schema.format)} to ${formatDatetime(hi, schema.format)}${missingNote}`;
    return { line, listed: 0, total: 0 };
  }
  const unit = UNIT.exec(axis.column)?.[1];
  const kind = schema?.kind === 'numeric' && schema.integer ? 'whole numbers' : 'numbers';
  const write = (x: number) => (schema?.kind === 'numeric' ? formatNumber(x, schema) : String(x));
  const line = `- ${name} (${kind}${unit ? `, in ${quoteData(unit.trim())}` : ''}): from ${write(lo)} to ${write(hi)}${missingNote}`;
  return { line, listed: 0, total: 0 };
}

/** `axis` of `targets` described with its marginal (targets hold the marginals first, in axis order). */
export function describeTargetColumn(targets: Targets, axis: Axis, options: { maxCategories: number; notes: boolean }): ColumnDescription {
  const i = targets.axes.indexOf(axis);
  const table = targets.tables[i];
  const marginal = table?.axes.length === 1 && table.axes[0].column === axis.column ? table : undefined;
  const schema = targets.schema.columns.find((c) => c.name === axis.column);
  return describeColumn({ axis, schema, marginal, ...options });
}
