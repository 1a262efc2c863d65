import type { TopLevelSpec } from 'vega-lite';

/** One point per iteration: what the convergence chart needs from an IterationReport. */
export interface ConvergencePoint {
  readonly iteration: number;
  readonly meanTvd: number;
  readonly phase: 'add' | 'refine';
}

/** Mean TVD over the target tables per iteration (the loop's objective), coloured by phase. */
export function convergenceSpec(points: readonly ConvergencePoint[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: 'Mean total variation distance to the target tables, per iteration',
    width: 'container',
    height: 180,
    data: { values: points.map((p) => ({ iteration: p.iteration, meanTvd: p.meanTvd, phase: p.phase })) },
    layer: [
      {
        mark: { type: 'line', color: '#8a94a8' },
        encoding: {
          x: { field: 'iteration', type: 'quantitative', title: 'Iteration', axis: { tickMinStep: 1 } },
          y: { field: 'meanTvd', type: 'quantitative', title: 'Mean TVD', scale: { zero: true } },
        },
      },
      {
        mark: { type: 'point', filled: true },
        encoding: {
          x: { field: 'iteration', type: 'quantitative' },
          y: { field: 'meanTvd', type: 'quantitative' },
          color: { field: 'phase', type: 'nominal', title: 'Phase', scale: { domain: ['add', 'refine'], range: ['#2f6fb3', '#d9822b'] } },
          tooltip: [
            { field: 'iteration', type: 'quantitative', title: 'Iteration' },
            { field: 'meanTvd', type: 'quantitative', title: 'Mean TVD', format: '.4f' },
            { field: 'phase', type: 'nominal', title: 'Phase' },
          ],
        },
      },
    ],
  };
}
