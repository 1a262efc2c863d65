import type { CellGap } from '../../stats/gaps/cell-gap.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { missingCell } from '../../stats/tables/axis.ts';
import type { PlanJson, ProposalJson, ProposalValueJson } from '../plan/plan.ts';
import { valueStep } from '../../stats/schema/value-step.ts';
import type { Guidance, Planner, PlannerReply } from './planner.ts';

/**
 * The planner without a model: one proposal per largest deficit cell (its
 * values fixed, the other columns left to the targets' conditionals), counts
 * from the deficit, and in the add phase one open proposal for the rest of the
 * budget. Deterministic. The default when no LLM is loaded, and the honest
 * baseline that shows what an LLM adds.
 */
export class StatisticalPlanner implements Planner {
  readonly name = 'statistical';

  async inferStructure(): Promise<string[][]> {
    // Without micro data or a model there is nothing to infer from; dependence ranking happens in the loop's structure step.
    return [];
  }

  async propose(guidance: Guidance): Promise<PlannerReply> {
    const cells = pickCells(guidance);
    const proposals: ProposalJson[] = [];
    let left = guidance.budget;
    if (guidance.phase === 'add') {
      // Growing: each cell gets what it lacks; the rest of the budget comes from the targets' conditionals.
      for (const d of cells) {
        if (left <= 0) break;
        const count = Math.min(left, Math.max(1, Math.ceil(d.deficit)));
        proposals.push({ values: cellValues(guidance.targets, d), count });
        left -= count;
      }
      if (left > 0) proposals.push({ values: {}, count: left });
    } else {
      // Refining: candidates, not records; several per cell so the loop can keep those that fit every table.
      const total = cells.reduce((s, d) => s + d.deficit, 0);
      for (const d of cells) {
        const count = Math.max(1, Math.round((guidance.budget * d.deficit) / total));
        proposals.push({ values: cellValues(guidance.targets, d), count: Math.min(count, guidance.budget) });
      }
      if (proposals.length === 0) proposals.push({ values: {}, count: guidance.budget });
    }
    const plan: PlanJson = { proposals, reason: `fill the ${proposals.length} largest gaps` };
    return { plan };
  }
}

/**
 * Up to m − 1 distinct deficit cells. In the refine phase the window rotates
 * through the list by iteration, so a cell no swap can fix does not hold up
 * the others.
 */
function pickCells(guidance: Guidance): CellGap[] {
  const unique: CellGap[] = [];
  const seen = new Set<string>();
  for (const d of guidance.deficits) {
    const key = `${d.tableIndex}|${d.coords.join(',')}`;
    if (!seen.has(key)) {
      seen.add(key);
      unique.push(d);
    }
  }
  const take = Math.max(1, guidance.maxProposals - (guidance.phase === 'add' ? 1 : 0));
  if (guidance.phase === 'add' || unique.length <= take) return unique.slice(0, take);
  const start = ((guidance.iteration - 1) * take) % unique.length;
  return Array.from({ length: take }, (_, i) => unique[(start + i) % unique.length]);
}

/** The values that pin a record to the cell: labels, or the bin as a range on the column's grid. */
function cellValues(targets: Targets, d: CellGap): Record<string, ProposalValueJson> {
  const values: Record<string, ProposalValueJson> = {};
  // The table's own axes: a column the table holds on coarser bins is pinned to the coarse bin's range.
  targets.tables[d.tableIndex].axes.forEach((axis, j) => {
    const name = axis.column;
    const cell = d.coords[j];
    if (axis.kind === 'categorical' || cell === missingCell(axis)) {
      values[name] = axis.labels[cell];
      return;
    }
    const schema = targets.schema.columns.find((c) => c.name === name);
    const step = schema ? valueStep(schema) : 0;
    const last = cell === axis.edges.length - 2;
    const lo = axis.edges[cell];
    // Bins are [lo, hi): stop one grid step short of the next bin's first value.
    const hi = last || step === 0 ? axis.edges[cell + 1] : Math.max(lo, axis.edges[cell + 1] - step);
    values[name] = [lo, hi];
  });
  return values;
}
