import type { Dataset } from '../../stats/dataset.ts';
import { FamilyScorer } from '../../stats/dependence/family-gain.ts';
import { strideSample } from '../../stats/metrics/stride-sample.ts';
import { axisSize } from '../../stats/tables/axis.ts';
import { axisCells } from '../../stats/tables/axis-cells.ts';
import type { AxisOptions } from '../../stats/tables/axis-for-column.ts';
import { buildTargets, targetAxes } from '../../stats/tables/build-targets.ts';
import { checkJointSize, jointCells } from '../../stats/tables/joint-size.ts';
import { MAX_TABLE_CELLS } from '../../stats/stats-json/stats-json-limits.ts';
import { DEFAULT_MIN_COUNT } from '../../stats/privacy/disclosure-report.ts';
import type { Planner } from '../planner/planner.ts';
import { extraPairs } from './extra-pairs.ts';
import { growJunctionTree, type Clique } from './grow-junction-tree.ts';
import { jointNames, type JointGroup } from '../../stats/tables/joint-group.ts';

/** How many column groups a planner is asked for (the paper asks the LLM for up to 3). */
export const MAX_PLANNER_GROUPS = 3;

export const STRUCTURE_DEFAULTS = {
  /** Parents per column: cliques of up to four columns. */
  maxParents: 3,
  /** Rows read to score families: plug-in entropies settle well before this. */
  sampleRows: 50_000,
  /**
   * Largest table: a cell per `rowsPerCell` rows on average, between these caps. Without a cap the
   * scores would accept huge sparse tables on large data, and the loop's cost grows with the cells.
   */
  rowsPerCell: 8,
  minCells: 256,
  maxCells: 16_384,
  /**
   * Pair tables added at most, per column. On Adult (15 columns): 1 per column gave TSTR ROC AUC
   * 0.900 / F1 0.646, 3 gave 0.910 / 0.670, every pair worth one (86 tables) no better and twice as slow.
   */
  extraPairsPerColumn: 3,
  /** Records drawn from the tree to find the pairs it gets wrong. */
  minDraws: 20_000,
  maxDraws: 100_000,
} as const;

/**
 * The joint tables for a dataset (docs/architecture.md "Structure"): the
 * user's groups and the planner's suggestions (from names and category
 * lists, never rows) first, then a junction tree grown on the micro data that
 * connects every column with a dependence the rows support
 * (growJunctionTree), then pair tables the tree's model still gets wrong
 * (extraPairs). Everything is scored on the axes the targets will have
 * (same bins, top-K and disclosure control), so a table is chosen for the
 * cells it will really have. The planner sees labels only, of axes under
 * disclosure control of at least DEFAULT_MIN_COUNT even when the targets
 * use less, since it may be an LLM whose prompt must not name a rare
 * category or a single record's value.
 */
export async function structureForDataset(options: {
  dataset: Dataset;
  planner: Planner;
  user?: readonly (readonly string[])[];
  /** The axes the targets will be built with (bins, top-K, disclosure control). */
  axes?: AxisOptions;
  /** False under differential privacy: scoring reads the micro data outside the budget. */
  rankByData?: boolean;
}): Promise<JointGroup[]> {
  const { dataset, planner } = options;
  const axes = targetAxes(dataset, options.axes);
  const names = axes.map((a) => a.column);
  const position = new Map(names.map((n, i) => [n, i]));
  // The planner may be an LLM: its labels always come from disclosure-controlled axes (k at least
  // DEFAULT_MIN_COUNT, whatever the targets use), so no rare category or single record's extreme reaches a prompt.
  const promptMinCount = Math.max(options.axes?.minCount ?? 1, DEFAULT_MIN_COUNT);
  const shown = promptMinCount === options.axes?.minCount ? axes : targetAxes(dataset, { ...options.axes, minCount: promptMinCount });
  const planned = shown.map((a, i) => ({
    name: a.column,
    kind: dataset.schema.columns.find((c) => c.name === names[i])?.kind ?? 'categorical',
    labels: [...a.labels],
  }));
  const suggested = await planner.inferStructure({ schema: dataset.schema, columns: planned, maxGroups: MAX_PLANNER_GROUPS });
  const known = (g: readonly string[]) => [...new Set(g)].filter((c) => position.has(c));
  const axesOf = (g: readonly string[]) => known(g).map((c) => axes[position.get(c) as number]);
  // Before any scoring: a table too large to count or keep is refused if the user asked for it, dropped if the planner did.
  for (const g of options.user ?? []) checkJointSize(axesOf(g));
  const fixed = [
    ...(options.user ?? []).map((g) => [...g]),
    ...suggested
      .slice(0, MAX_PLANNER_GROUPS)
      .map(known)
      .filter((g) => g.length >= 2 && jointCells(axesOf(g)) <= MAX_TABLE_CELLS),
  ];
  if (options.rankByData === false || axes.length < 2) return dedupe(fixed);

  const rows = strideSample(dataset.rowCount, STRUCTURE_DEFAULTS.sampleRows);
  const cells = axes.map((a) => axisCells(a, dataset, rows));
  const binned = axes.map((a) => a.kind === 'binned');
  const scores = new FamilyScorer({ cells, sizes: axes.map(axisSize), rows: dataset.rowCount, binned });
  // User groups naming unknown columns stay in `fixed`, so building the targets names them in an error.
  const initial = fixed.filter((g) => g.every((c) => position.has(c))).map((g) => g.map((c) => position.get(c) as number));
  const maxCells = Math.min(STRUCTURE_DEFAULTS.maxCells, Math.max(STRUCTURE_DEFAULTS.minCells, Math.floor(dataset.rowCount / STRUCTURE_DEFAULTS.rowsPerCell)));
  const cliques = growJunctionTree({
    scores: {
      columns: axes.length,
      tableCells: (c) => scores.tableCells(c),
      gain: (x, p) => scores.gain(x, p),
      coarse: (x, p, o) => scores.coarse(x, p, o),
    },
    initial,
    maxParents: STRUCTURE_DEFAULTS.maxParents,
    maxCells,
  });
  const group = (c: Clique): JointGroup =>
    c.columns.map((i) => {
      const keep = c.keep?.get(i);
      const axis = axes[i];
      return keep && axis.kind === 'binned' ? { column: names[i], edges: keep.map((e) => axis.edges[e]) } : names[i];
    });
  const tree = dedupe([...fixed, ...cliques.slice(initial.length).map(group)]);
  const draws = Math.min(STRUCTURE_DEFAULTS.maxDraws, Math.max(STRUCTURE_DEFAULTS.minDraws, 4 * dataset.rowCount));
  const targets = buildTargets(dataset, { ...options.axes, joints: tree });
  const pairs = extraPairs({ targets, cells, rows: dataset.rowCount, draws, limit: STRUCTURE_DEFAULTS.extraPairsPerColumn * axes.length, maxCells });
  return dedupe([...tree, ...pairs.map((p) => p.map((i) => names[i]))]);
}

function dedupe(groups: readonly JointGroup[]): JointGroup[] {
  const seen = new Set<string>();
  return groups.flatMap((g) => {
    const key = jointNames(g).sort().join('\u0000');
    if (seen.has(key)) return [];
    seen.add(key);
    return [g];
  });
}
