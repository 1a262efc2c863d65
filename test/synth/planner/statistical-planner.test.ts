import { describe, expect, it } from 'vitest';
import { cellGap } from '../../../src/stats/gaps/cell-gap.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { emptyLike } from '../../../src/stats/tables/table.ts';
import type { GapReport } from '../../../src/stats/gaps/gap-report.ts';
import { StatisticalPlanner } from '../../../src/synth/planner/statistical-planner.ts';
import { makeDataset } from '../../stats/tables/make-dataset.ts';

const data = makeDataset({ s: ['a', 'b', 'a', 'a', 'b', 'b', 'a', 'b'], x: [1, 2, 3, 4, 5, 6, 7, 8] });

describe('StatisticalPlanner', () => {
  it('pins a record to a gap cell: a category by label, a bin by its range — the coarse bin where the table holds the column coarser', async () => {
    const targets = buildTargets(data, { joints: [['s', { column: 'x', edges: [1, 4, 8] }]] });
    const table = targets.tables[2];
    // Cell (s = b, x in [4, 8]) = row 1, column 1 of the 3 × 3 table.
    const gap = cellGap({ target: table, synthetic: emptyLike(table), tableIndex: 2, cell: 4, deficit: 3 });
    const reply = await new StatisticalPlanner().propose({
      targets,
      gaps: {} as GapReport,
      deficits: [gap],
      phase: 'add',
      iteration: 1,
      rows: 8,
      current: 0,
      budget: 8,
      maxProposals: 4,
    });
    const plan = reply.plan as { proposals: { values: Record<string, unknown>; count: number }[] };
    // x is numeric with 2 decimals: the grid step is 0.01, and the last bin is closed.
    expect(plan.proposals[0]).toEqual({ values: { s: 'b', x: [4, 8] }, count: 3 });
  });
});
