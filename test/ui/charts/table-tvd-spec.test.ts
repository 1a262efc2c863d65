import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
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

  it('fixes the x domain from 0 to the worst TVD (at least 0.05, so tiny gaps do not look large)', () => {
    expect(JSON.parse(JSON.stringify(tableTvdSpec(tables)))).toMatchObject({ encoding: { x: { field: 'tvd', scale: { domain: [0, 0.3] } } } });
    expect(JSON.parse(JSON.stringify(tableTvdSpec([{ table: 'a', tvd: 0.001 }])))).toMatchObject({ encoding: { x: { scale: { domain: [0, 0.05] } } } });
  });

  it('compiles with Vega-Lite', () => {
    expect(() => compile(tableTvdSpec(tables))).not.toThrow();
  });
});
