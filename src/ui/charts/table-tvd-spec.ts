import type { TopLevelSpec } from 'vega-lite';

/** The `limit` tables furthest from their targets (TVD), largest first, as horizontal bars. */
export function tableTvdSpec(tables: readonly { readonly table: string; readonly tvd: number }[], limit = 8): TopLevelSpec {
  const worst = [...tables].sort((a, b) => b.tvd - a.tvd).slice(0, limit);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: 'Total variation distance to the target, worst tables first',
    // A fixed width: with 'container' Vega-Lite would also try to fit the height, which the bands set.
    width: 480,
    data: { values: worst.map((t) => ({ table: t.table, tvd: t.tvd })) },
    mark: { type: 'bar', color: '#d9822b' },
    encoding: {
      y: { field: 'table', type: 'nominal', sort: '-x', title: null, axis: { labelLimit: 220 } },
      // From 0 to the worst TVD, at least 0.05 so tiny gaps do not look large; from the data, not written
      // into the spec, so that during a run a new iteration's chart only swaps the data (ChartDrawing).
      x: { field: 'tvd', type: 'quantitative', title: 'TVD', scale: { domain: { unionWith: [0, 0.05] }, nice: false } },
      tooltip: [
        { field: 'table', type: 'nominal', title: 'Table' },
        { field: 'tvd', type: 'quantitative', title: 'TVD', format: '.4f' },
      ],
    },
  };
}
