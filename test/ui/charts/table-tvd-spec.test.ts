import { describe, expect, it } from 'vitest';
import { View, parse } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { tableTvdSpec } from '../../../src/ui/charts/table-tvd-spec.ts';

describe('tableTvdSpec', () => {
  const tables = [
    { table: 'a', tvd: 0.01 },
    { table: 'b', tvd: 0.3 },
    { table: 'a × b', tvd: 0.2 },
  ];

  it('keeps the worst tables, largest TVD first', () => {
    expect(tableTvdSpec(tables, 2).data).toEqual({ values: [tables[1], tables[2]] });
  });

  it('draws the x axis from 0 to the worst TVD (at least 0.05, so tiny gaps do not look large)', async () => {
    await expect(xDomain(tableTvdSpec(tables))).resolves.toEqual([0, 0.3]);
    await expect(xDomain(tableTvdSpec([{ table: 'a', tvd: 0.001 }]))).resolves.toEqual([0, 0.05]);
  });

  it('writes no data into anything but the data, so a new iteration only swaps the values', () => {
    const { data: _a, ...one } = tableTvdSpec(tables);
    const { data: _b, ...other } = tableTvdSpec([{ table: 'c', tvd: 0.9 }]);
    expect(other).toEqual(one);
  });

  it('compiles with Vega-Lite', () => {
    expect(() => compile(tableTvdSpec(tables))).not.toThrow();
  });
});

/** The x scale's domain as Vega computes it from the spec and its data. */
async function xDomain(spec: TopLevelSpec): Promise<number[]> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    await view.runAsync();
    return view.scale('x').domain() as number[];
  } finally {
    view.finalize();
  }
}
