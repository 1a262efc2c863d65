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
import { normalScoreCopula, type NumericCopula } from '../dependence/normal-score-copula.ts';
import { calibrateCopula } from '../dependence/calibrate-copula.ts';
import { axisCells } from './axis-cells.ts';
import { axisSize } from './axis.ts';
import { binnedAxis } from './binned-axis.ts';
import { whyNotCoarsening } from './coarse-map.ts';
import { jointColumnName, type JointGroup } from './joint-group.ts';
import { checkJointSize } from './joint-size.ts';

export interface TargetOptions extends AxisOptions {
  /** Column groups that get a joint table, e.g. [["species", "island"]]; a numeric column may be on coarser bins (JointGroup). */
  readonly joints?: readonly JointGroup[];
}

/**
 * Target tables of a dataset: the marginal of every included column plus the
 * requested joints, every column coded once and each table counted in one pass.
 */
export function buildTargets(dataset: Dataset, options: TargetOptions = {}): Targets {
  const axes = targetAxes(dataset, options);
  const axisByName = new Map(axes.map((a) => [a.column, a]));
  const joints = (options.joints ?? []).map((group) => jointAxes(dataset, { group, axisByName }));
  joints.forEach(checkJointSize);
  const tables = countTables([...axes.map((a) => [a]), ...joints], dataset);
  const minCount = options.minCount ?? 1;
  const fine: FineMarginal[] = [];
  dataset.columns.forEach((column) => {
    if (column.type === 'numeric' && axisByName.has(column.name)) fine.push(fineMarginal({ column: column.name, values: column.values, minCount }));
  });
  const copula = copulaOf(dataset, { axes, joints });
  const base = { schema: dataset.schema, rowCount: dataset.rowCount, axes, tables, fine, ...(copula ? { copula } : {}) };
  if (minCount <= 1) return base;
  return { ...base, disclosure: disclosureControl({ dataset, axes, tables, minCount }) };
}

/** The axis of every included column, in schema order: what the targets' tables will be counted on. */
export function targetAxes(dataset: Dataset, options: AxisOptions = {}): Axis[] {
  return dataset.schema.columns.flatMap((c, i) => (c.included ? [axisForColumn(dataset, i, options)] : []));
}

/**
 * The copula of the numeric columns that share a joint table, calibrated to
 * the cells the tables will draw (calibrate-copula.ts). Columns no table links
 * have their cells drawn apart, and a correlation between them would push each
 * value toward the end of its cell that suits the other — piling values at
 * cell edges — so such pairs get none.
 */
function copulaOf(dataset: Dataset, options: { axes: readonly Axis[]; joints: readonly (readonly Axis[])[] }): NumericCopula | undefined {
  const numeric = options.axes.flatMap((axis) => {
    const column = dataset.columns.find((c) => c.name === axis.column);
    return axis.kind === 'binned' && column?.type === 'numeric' ? [{ column: axis.column, values: column.values }] : [];
  });
  // Only columns a table holds on their own axes: the copula is calibrated to those cells, not to coarser ones.
  const own = (g: readonly Axis[]) => g.filter((a) => options.axes.includes(a));
  const linked = new Set(options.joints.flatMap((g) => own(g).flatMap((a) => own(g).map((b) => `${a.column}|${b.column}`))));
  const pairs = numeric.filter((a, i) => numeric.some((b, j) => i !== j && linked.has(`${a.column}|${b.column}`)));
  if (pairs.length < 2) return undefined;
  const copula = normalScoreCopula({ columns: pairs, linked: (a, b) => linked.has(`${a}|${b}`) });
  const axisOf = (column: string) => options.axes.find((a) => a.column === column) as Axis;
  return calibrateCopula(
    copula,
    copula.columns.map((column) => {
      const axis = axisOf(column);
      return { cells: axisCells(axis, dataset), bins: axisSize(axis) - 1 };
    }),
  );
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

function jointAxes(dataset: Dataset, options: { group: JointGroup; axisByName: Map<string, Axis> }): Axis[] {
  const { axisByName } = options;
  const names = options.group.map(jointColumnName);
  const label = names.join(', ');
  if (names.length < 2) throw new InputError(`tables: joint "${label}" needs at least two columns`);
  if (new Set(names).size !== names.length) throw new InputError(`tables: joint "${label}" names a column twice`);
  return options.group.map((entry) => {
    const name = jointColumnName(entry);
    const axis = axisByName.get(name);
    if (axis) return typeof entry === 'string' ? axis : coarseAxis(axis, { edges: entry.edges, label });
    const known = dataset.schema.columns.find((c) => c.name === name);
    if (known) {
      throw new InputError(`tables: joint "${label}": column "${name}" (${known.kind}) is excluded from statistics; include it or leave it out of the joint`);
    }
    throw new InputError(`tables: joint "${label}": no column "${name}" (columns: ${[...axisByName.keys()].join(', ')})`);
  });
}

/** The column's axis on a subset of its edges (a coarse joint column), checked. */
function coarseAxis(axis: Axis, options: { edges: readonly number[]; label: string }): Axis {
  const datetime = axis.kind === 'binned' && axis.datetime;
  const coarse = binnedAxis({ column: axis.column, edges: Float64Array.from(options.edges), datetime });
  const reason = whyNotCoarsening(axis, coarse);
  if (reason) throw new InputError(`tables: joint "${options.label}": ${reason}`);
  return coarse;
}
