import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { convergenceSpec } from '../../../src/ui/charts/convergence-spec.ts';

describe('convergenceSpec', () => {
  const points = [
    { iteration: 1, meanTvd: 0.5, phase: 'add' as const },
    { iteration: 2, meanTvd: 0.2, phase: 'add' as const },
    { iteration: 3, meanTvd: 0.05, phase: 'refine' as const },
  ];

  it('plots mean TVD by iteration, one point per report, coloured by phase', () => {
    const spec = convergenceSpec(points);
    expect(spec.data).toEqual({ values: points });
    expect(JSON.parse(JSON.stringify(spec))).toMatchObject({
      layer: [
        { mark: { type: 'line' }, encoding: { x: { field: 'iteration' }, y: { field: 'meanTvd', scale: { zero: true } } } },
        { mark: { type: 'point' }, encoding: { color: { field: 'phase', scale: { domain: ['add', 'refine'] } } } },
      ],
    });
  });

  it('copies only the fields it needs (no plans or tables in the chart data)', () => {
    const report = { ...points[0], tables: [{ table: 'a', tvd: 1 }] };
    const spec = convergenceSpec([report]);
    expect(spec.data).toEqual({ values: [points[0]] });
  });

  it('compiles with Vega-Lite, also with no points yet', () => {
    expect(() => compile(convergenceSpec(points))).not.toThrow();
    expect(() => compile(convergenceSpec([]))).not.toThrow();
  });
});
