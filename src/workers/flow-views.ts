import { naturalOrder } from '../stats/aggregates/aggregate-table.ts';
import { marginalOf } from '../stats/aggregates/dense-marginal.ts';
import type { Dataset } from '../stats/dataset.ts';
import type { CategoricalAxis } from '../stats/tables/axis.ts';
import { countTables } from '../stats/tables/count-tables.ts';
import type { Targets } from '../stats/tables/targets.ts';
import type { FlowMatrix, TimeProfile } from './synth-api.ts';

/** Two categorical columns are an origin and a destination when at least this share of the smaller one's categories are the other's too. */
const SHARED_PLACES = 0.5;
/** Column names that say time of day. */
const TIME_NAME = /time|hour|bin|period|slot/i;
/** Labels that say time of day: "06", "06:30", "06-09", "06:00–09:00". */
const TIME_LABEL = /^\d{1,2}(:\d{2})?(\s*[-–]\s*\d{1,2}(:\d{2})?)?$/;

/**
 * The origin–destination view of a run: the first joint table's two
 * categorical columns sharing most categories (origin × destination of
 * trips), as shares of the synthetic records and, when scenarios edited the
 * targets, of the targets before them. Null without such a pair.
 */
export function flowMatrix(options: { targets: Targets; baseline: Targets | null; synthetic: Dataset }): FlowMatrix | null {
  const { targets, baseline, synthetic } = options;
  const pair = flowPair(targets);
  if (!pair) return null;
  const [origin, destination] = pair;
  return {
    origin: origin.column,
    destination: destination.column,
    origins: [...origin.categories],
    destinations: [...destination.categories],
    synthetic: syntheticShares(pair, synthetic),
    before: baseline ? targetShares(baseline, pair) : null,
  };
}

/**
 * A time-of-day column's profile (named like time, hour or bin, else the
 * first whose labels read as hours such as 06-09), in time order: the targets
 * before any scenario beside the synthetic records. Null without one.
 */
export function timeProfile(options: { targets: Targets; baseline: Targets | null; synthetic: Dataset }): TimeProfile | null {
  const { targets, synthetic } = options;
  const categorical = targets.axes.filter((a): a is CategoricalAxis => a.kind === 'categorical' && a.categories.length > 1);
  const axis = categorical.find((a) => TIME_NAME.test(a.column)) ?? categorical.find((a) => a.categories.every((c) => TIME_LABEL.test(c)));
  if (!axis) return null;
  const order = axis.categories.map((_, i) => i).sort((i, j) => naturalOrder(axis.categories[i], axis.categories[j]));
  const pick = (shares: number[]) => order.map((i) => shares[i]);
  return {
    column: axis.column,
    labels: order.map((i) => axis.categories[i]),
    before: pick(targetShares(options.baseline ?? targets, [axis])),
    after: pick(syntheticShares([axis], synthetic)),
  };
}

function flowPair(targets: Targets): [CategoricalAxis, CategoricalAxis] | null {
  for (const table of targets.tables.filter((t) => t.axes.length > 1)) {
    const axes = table.axes.filter((a): a is CategoricalAxis => a.kind === 'categorical');
    for (let i = 0; i < axes.length; i++) {
      for (let j = i + 1; j < axes.length; j++) {
        const [a, b] = [axes[i].categories, axes[j].categories];
        const inB = new Set(b);
        const shared = a.filter((c) => inB.has(c)).length;
        if (shared > 0 && shared >= SHARED_PLACES * Math.min(a.length, b.length)) return [axes[i], axes[j]];
      }
    }
  }
  return null;
}

/** Shares over the axes' categories (not "(other)" nor missing) of a target table holding them all, row-major. */
function targetShares(targets: Targets, axes: readonly CategoricalAxis[]): number[] {
  const names = axes.map((a) => a.column);
  const table = targets.tables.find((t) => names.every((n) => t.axes.some((a) => a.column === n)));
  if (!table) return categoryShares(new Float64Array(0), axes);
  const keep = names.map((n) => table.axes.findIndex((a) => a.column === n));
  return categoryShares(marginalOf(table.counts, table.shape, keep), axes);
}

function syntheticShares(axes: readonly CategoricalAxis[], synthetic: Dataset): number[] {
  const [counted] = countTables([axes], synthetic);
  return categoryShares(counted.counts, axes);
}

/** The category cells of a dense table over `axes` (categories come first on every axis), each as a share of all records. */
function categoryShares(counts: Float64Array, axes: readonly CategoricalAxis[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const cells: number[][] = axes.reduce<number[][]>((acc, a) => acc.flatMap((c) => a.categories.map((_, k) => [...c, k])), [[]]);
  return cells.map((c) => {
    const flat = c.reduce((f, k, j) => f * axes[j].labels.length + k, 0);
    return total > 0 ? (counts[flat] ?? 0) / total : 0;
  });
}
