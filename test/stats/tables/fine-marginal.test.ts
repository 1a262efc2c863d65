import { describe, expect, it } from 'vitest';
import { FINE_MAX_DISTINCT, FINE_SAMPLE, fineMarginal } from '../../../src/stats/tables/fine-marginal.ts';
import { targetsFromJson } from '../../../src/stats/stats-json/targets-from-json.ts';
import { targetsToJson } from '../../../src/stats/stats-json/targets-to-json.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { makeDataset } from './make-dataset.ts';

describe('fineMarginal', () => {
  it('keeps every value with its count when there are few (missing left out)', () => {
    const fine = fineMarginal({ column: 'age', values: Float64Array.from([30, 18, 30, NaN, 45, 30]) });
    expect(fine).toEqual({ kind: 'values', column: 'age', values: Float64Array.from([18, 30, 45]), counts: Float64Array.from([1, 3, 1]) });
  });

  it('switches to 64 quantile bins past the distinct limit', () => {
    const values = Float64Array.from({ length: FINE_MAX_DISTINCT + 1 }, (_, i) => i);
    const fine = fineMarginal({ column: 'x', values });
    expect(fine.kind).toBe('bins');
    if (fine.kind !== 'bins') return;
    expect(fine.edges.length).toBe(65);
    expect(fine.edges[0]).toBe(0);
    expect(fine.edges[64]).toBe(FINE_MAX_DISTINCT);
    expect(fine.counts.reduce((a, b) => a + b, 0)).toBe(FINE_MAX_DISTINCT + 1);
  });

  it('reads large columns at a fixed stride: 4·FINE_SAMPLE values, every 4th counted', () => {
    const values = Float64Array.from({ length: 4 * FINE_SAMPLE }, (_, i) => i % 4);
    const fine = fineMarginal({ column: 'x', values });
    // Every 4th value of 0,1,2,3,0,1,… is 0.
    expect(fine).toEqual({ kind: 'values', column: 'x', values: Float64Array.from([0]), counts: Float64Array.from([FINE_SAMPLE]) });
  });

  it('travels through stats.json', () => {
    const dataset = makeDataset({ a: ['x', 'y', 'x'], n: [1.5, 2.5, 2.5] });
    const targets = buildTargets(dataset);
    const back = targetsFromJson(JSON.parse(JSON.stringify(targetsToJson(targets))));
    expect(back.fine).toEqual(targets.fine);
    expect(back.fine?.[0]).toEqual({ kind: 'values', column: 'n', values: Float64Array.from([1.5, 2.5]), counts: Float64Array.from([1, 2]) });
  });

  it('carries point masses through stats.json and refuses more at an edge than in its bin', () => {
    // 20 × 0 (a spike), then 1..20: k = 2 → bins hold ≥ 2 records, 0 is a point mass of 20.
    const values = [...Array.from({ length: 20 }, () => 0), ...Array.from({ length: 20 }, (_, i) => i + 1)];
    const dataset = makeDataset({ n: values });
    const targets = buildTargets(dataset, { minCount: 2 });
    const fine = targets.fine?.[0];
    if (fine?.kind !== 'bins' || !fine.atEdge) throw new Error('expected bins with point masses');
    expect(fine.edges[0]).toBe(0);
    expect(fine.atEdge[0]).toBe(20);
    const json = JSON.parse(JSON.stringify(targetsToJson(targets)));
    expect(targetsFromJson(json).fine).toEqual(targets.fine);
    json.fine[0].atEdge[0] = fine.counts[0] + 1;
    expect(() => targetsFromJson(json, 'stats.json')).toThrow(
      `stats.json: fine[0].atEdge: fine marginal of "n": bin 0 has ${fine.counts[0] + 1} records at its edge but ${fine.counts[0]} in all`,
    );
  });
});
