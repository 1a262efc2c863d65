import { axisSize, missingCell } from '../../stats/tables/axis.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import type { Proposal } from '../plan/plan.ts';
import { overlapShare, type NumericDomain } from './numeric-domain.ts';

/** A proposal in cell terms: axes fixed to a cell, axes limited to weighted cells, and numeric ranges. */
export interface CellConstraints {
  /** Per axis: the fixed cell, or −1 when open. */
  readonly fixed: Int32Array;
  /** Per axis: weights over its cells (a range covers bins partly), or null for no limit. */
  readonly masks: readonly (Float64Array | null)[];
  /** Per axis: the inclusive [lo, hi] a value must fall in, or null. */
  readonly ranges: readonly (readonly [number, number] | null)[];
}

export function openConstraints(axisCount: number): CellConstraints {
  return { fixed: new Int32Array(axisCount).fill(-1), masks: new Array(axisCount).fill(null), ranges: new Array(axisCount).fill(null) };
}

export function cellConstraints(options: { targets: Targets; domains: readonly (NumericDomain | null)[]; proposal: Proposal }): CellConstraints {
  const { targets, domains, proposal } = options;
  const { fixed, masks, ranges } = openConstraints(targets.axes.length);
  const maskList = masks as (Float64Array | null)[];
  const rangeList = ranges as (readonly [number, number] | null)[];
  for (const c of proposal.constraints) {
    const axis = targets.axes[c.axis];
    if (c.kind === 'cell') fixed[c.axis] = c.cell;
    else if (c.kind === 'missing') fixed[c.axis] = missingCell(axis);
    else {
      const domain = domains[c.axis];
      if (!domain) continue;
      const range: readonly [number, number] = [c.lo, c.hi];
      const mask = new Float64Array(axisSize(axis));
      for (let cell = 0; cell < mask.length - 1; cell++) mask[cell] = overlapShare(domain, { cell, range });
      if (mask.some((w) => w > 0)) maskList[c.axis] = mask;
      else {
        // The range holds no target mass at all: honour it by its width alone.
        for (let cell = 0; cell < mask.length - 1; cell++) mask[cell] = overlapShare({ ...domain, fine: undefined }, { cell, range });
        maskList[c.axis] = mask;
      }
      rangeList[c.axis] = range;
    }
  }
  return { fixed, masks, ranges };
}
