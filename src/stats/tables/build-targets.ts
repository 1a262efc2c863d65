import type { Dataset } from '../dataset.ts';
import { InputError } from '../input-error.ts';
import type { Axis } from './axis.ts';
import type { Table } from './table.ts';
import type { AxisOptions } from './axis-for-column.ts';
import { axisForColumn } from './axis-for-column.ts';
import { countTables } from './count-tables.ts';
import { suppressSmallCells } from '../privacy/suppress-small-cells.ts';
import type { DisclosureReport } from '../privacy/disclosure-report.ts';
import { tableName } from './table.ts';
import { fineMarginal, type FineMarginal } from './fine-marginal.ts';
import type { Targets } from './targets.ts';

export interface TargetOptions extends AxisOptions {
  /** Column groups that get a joint table, e.g. [["species", "island"]]. */
  readonly joints?: readonly (readonly string[])[];
}

/**
 * Target tables of a dataset: the marginal of every included column plus the
 * requested joints, every column coded once and each table counted in one pass.
 */
export function buildTargets(dataset: Dataset, options: TargetOptions = {}): Targets {
  const axisByName = new Map<string, Axis>();
  dataset.schema.columns.forEach((c, i) => {
    if (c.included) axisByName.set(c.name, axisForColumn(dataset, i, options));
  });
  const axes = [...axisByName.values()];
  const joints = (options.joints ?? []).map((group) => jointAxes(dataset, { group, axisByName }));
  const tables = countTables([...axes.map((a) => [a]), ...joints], dataset);
  const minCount = options.minCount ?? 1;
  const fine: FineMarginal[] = [];
  dataset.columns.forEach((column) => {
    if (column.type === 'numeric' && axisByName.has(column.name)) fine.push(fineMarginal({ column: column.name, values: column.values, minCount }));
  });
  if (minCount <= 1) return { schema: dataset.schema, rowCount: dataset.rowCount, axes, tables, fine };
  return { schema: dataset.schema, rowCount: dataset.rowCount, axes, tables, fine, disclosure: disclosureControl({ dataset, axes, tables, minCount }) };
}

/** Suppresses small cells in every table and says what pooling and suppression did. */
function disclosureControl(options: { dataset: Dataset; axes: readonly Axis[]; tables: readonly Table[]; minCount: number }): DisclosureReport {
  const { dataset, axes, tables, minCount } = options;
  const pooledCategories = axes.flatMap((axis) => {
    if (axis.kind !== 'categorical') return [];
    const column = dataset.columns.find((c) => c.name === axis.column);
    if (column?.type !== 'categorical') return [];
    const present = new Set<number>();
    for (const code of column.codes) if (code !== 0) present.add(code);
    const pooled = present.size - axis.categories.length;
    return pooled > 0 ? [{ column: axis.column, categories: pooled }] : [];
  });
  const suppressedCells = tables.flatMap((table) => {
    const { cells, records } = suppressSmallCells(table, minCount);
    return cells > 0 ? [{ table: tableName(table), cells, records }] : [];
  });
  return { minCount, pooledCategories, suppressedCells };
}

function jointAxes(dataset: Dataset, options: { group: readonly string[]; axisByName: Map<string, Axis> }): Axis[] {
  const { group, axisByName } = options;
  const label = group.join(', ');
  if (group.length < 2) throw new InputError(`tables: joint "${label}" needs at least two columns`);
  if (new Set(group).size !== group.length) throw new InputError(`tables: joint "${label}" names a column twice`);
  return group.map((name) => {
    const axis = axisByName.get(name);
    if (axis) return axis;
    const known = dataset.schema.columns.find((c) => c.name === name);
    if (known) {
      throw new InputError(`tables: joint "${label}": column "${name}" (${known.kind}) is excluded from statistics; include it or leave it out of the joint`);
    }
    throw new InputError(`tables: joint "${label}": no column "${name}" (columns: ${[...axisByName.keys()].join(', ')})`);
  });
}
