import type { Dataset } from '../dataset.ts';
import { InputError } from '../input-error.ts';
import type { Axis } from './axis.ts';
import type { AxisOptions } from './axis-for-column.ts';
import { axisForColumn } from './axis-for-column.ts';
import { countTables } from './count-tables.ts';
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
  const fine: FineMarginal[] = [];
  dataset.columns.forEach((column) => {
    if (column.type === 'numeric' && axisByName.has(column.name)) fine.push(fineMarginal({ column: column.name, values: column.values }));
  });
  return { schema: dataset.schema, rowCount: dataset.rowCount, axes, tables, fine };
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
