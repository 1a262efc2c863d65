import type { Schema } from '../schema.ts';
import { MISSING_LABEL, type CategoricalAxis } from '../tables/axis.ts';
import { emptyTable, type Table } from '../tables/table.ts';
import type { Targets } from '../tables/targets.ts';
import { forEachCell, marginalOf } from './dense-marginal.ts';
import type { Reconciliation, ReconciledTable } from './reconcile-tables.ts';

/**
 * The targets of reconciled aggregate tables, scaled to `rows` records: every
 * variable a categorical column (its categories as the sources name them),
 * its marginal from the sources that give it (they agree once reconciled),
 * and each source of two or more variables a joint table. Joints come in an
 * order where each table meets the ones before it in as many variables as it
 * can, so the loop's sampler draws a variable no table joins to another
 * (delay status, given only with time) conditionally on what links it.
 */
export function tablesToTargets(reconciled: Reconciliation, options: { rows: number }): Targets {
  const { rows } = options;
  const schema: Schema = { columns: reconciled.variables.map((v) => ({ name: v.name, kind: 'categorical', included: true })) };
  const axes: CategoricalAxis[] = reconciled.variables.map((v) => ({
    kind: 'categorical',
    column: v.name,
    categories: v.categories,
    other: false,
    labels: [...v.categories, MISSING_LABEL],
  }));
  const axisOf = new Map(axes.map((a) => [a.column, a]));
  const marginals = reconciled.variables.map((v) => {
    const source = reconciled.tables.find((t) => t.variables.includes(v.name)) as ReconciledTable;
    const j = source.variables.indexOf(v.name);
    return table([axisOf.get(v.name) as CategoricalAxis], marginalOf(source.shares, sizesOf(source), [j]), rows);
  });
  const joints = drawOrder(reconciled.tables.filter((t) => t.variables.length > 1)).map((t) =>
    table(
      t.variables.map((v) => axisOf.get(v) as CategoricalAxis),
      t.shares,
      rows,
    ),
  );
  return { schema, rowCount: rows, axes, tables: [...marginals, ...joints] };
}

const sizesOf = (t: ReconciledTable) => t.categories.map((c) => c.length);

/** A table on the axes (each with its missing cell, left empty) holding `shares` × rows. */
function table(axes: readonly CategoricalAxis[], shares: Float64Array, rows: number): Table {
  const out = emptyTable(axes);
  const sizes = axes.map((a) => a.categories.length);
  const strides = out.shape.map((_, j) => out.shape.slice(j + 1).reduce((a, b) => a * b, 1));
  forEachCell(sizes, [], (flat) => {
    let rest = flat;
    let target = 0;
    for (let j = sizes.length - 1; j >= 0; j--) {
      target += (rest % sizes[j]) * strides[j];
      rest = Math.floor(rest / sizes[j]);
    }
    out.counts[target] = shares[flat] * rows;
  });
  out.total = rows;
  return out;
}

/** Largest table first, then each time the one sharing the most variables with those placed (ties: the larger). */
function drawOrder(tables: readonly ReconciledTable[]): ReconciledTable[] {
  const cells = (t: ReconciledTable) => sizesOf(t).reduce((a, b) => a * b, 1);
  const left = [...tables].sort((a, b) => cells(b) - cells(a));
  const placed = new Set<string>();
  const order: ReconciledTable[] = [];
  while (left.length > 0) {
    let best = 0;
    let bestShared = -1;
    left.forEach((t, i) => {
      const shared = t.variables.filter((v) => placed.has(v)).length;
      if (shared > bestShared) [best, bestShared] = [i, shared];
    });
    const [next] = left.splice(best, 1);
    next.variables.forEach((v) => placed.add(v));
    order.push(next);
  }
  return order;
}
