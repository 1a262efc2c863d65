import type { TopLevelSpec } from 'vega-lite';
import { cutCell, type TimeProfile } from '../../workers/synth-api.ts';

export const BEFORE_SERIES = 'targets before scenarios';
export const AFTER_SERIES = 'synthetic rows';

/**
 * A time-of-day column's share of records per label, in time order, as two
 * lines: the targets before any scenario and the synthetic rows, so what a
 * scenario did to the day (or that it kept it) shows at a glance.
 */
export function timeProfileSpec(profile: TimeProfile): TopLevelSpec {
  const labels = profile.labels.map(cutCell);
  const values = labels.flatMap((label, i) => [
    { label, series: BEFORE_SERIES, share: profile.before[i] },
    { label, series: AFTER_SERIES, share: profile.after[i] },
  ]);
  const column = cutCell(profile.column);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: `${column}: share of rows per label in time order, targets before scenarios vs synthetic rows`,
    title: column,
    width: 'container',
    height: 160,
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'label', type: 'ordinal', sort: labels, title: null },
      y: { field: 'share', type: 'quantitative', title: 'Share of rows', axis: { format: '%' } },
      color: { field: 'series', type: 'nominal', title: null, scale: { domain: [BEFORE_SERIES, AFTER_SERIES], range: ['#8a94a8', '#2f6fb3'] } },
      tooltip: [
        { field: 'label', type: 'nominal', title: column },
        { field: 'series', type: 'nominal', title: 'Data' },
        { field: 'share', type: 'quantitative', title: 'Share', format: '.1%' },
      ],
    },
  };
}
