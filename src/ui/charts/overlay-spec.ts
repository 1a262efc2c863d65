import type { TopLevelSpec } from 'vega-lite';
import { cutCell, type ColumnOverlay } from '../../workers/synth-api.ts';

/** Longest axis label shown; bin labels of dates can be long. */
const MAX_LABEL = 24;

/**
 * One column, real (target) vs synthetic shares per cell as side-by-side bars.
 * Cells keep the target's order (frequency for categories, value order for bins).
 */
export function overlaySpec(overlay: ColumnOverlay): TopLevelSpec {
  // Cut here too: Vega writes each datum whole into its marks' aria descriptions.
  const values = overlay.labels.map(cutCell).flatMap((label, cell) => [
    { cell, label, source: 'real', share: overlay.real[cell] },
    { cell, label, source: 'synthetic', share: overlay.synthetic[cell] },
  ]);
  const column = cutCell(overlay.column);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: `${column}: share of rows per ${overlay.kind === 'binned' ? 'bin' : 'category'}, real vs synthetic`,
    title: column,
    width: 'container',
    height: 160,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: {
        field: 'label',
        type: 'ordinal',
        sort: { field: 'cell' },
        title: null,
        axis: {
          labelAngle: -30,
          labelLimit: 120,
          labelExpr: `length(datum.label) > ${MAX_LABEL} ? substring(datum.label, 0, ${MAX_LABEL - 1}) + '…' : datum.label`,
        },
      },
      xOffset: { field: 'source', type: 'nominal' },
      y: { field: 'share', type: 'quantitative', title: 'Share of rows', axis: { format: '%' } },
      color: { field: 'source', type: 'nominal', title: null, scale: { domain: ['real', 'synthetic'], range: ['#8a94a8', '#2f6fb3'] } },
      tooltip: [
        { field: 'label', type: 'nominal', title: column },
        { field: 'source', type: 'nominal', title: 'Data' },
        { field: 'share', type: 'quantitative', title: 'Share', format: '.1%' },
      ],
    },
  };
}
