import type { TopLevelSpec } from 'vega-lite';
import { cutCell, type FlowMatrix } from '../../workers/synth-api.ts';

export const BEFORE_PANEL = 'before (targets without the scenario)';
export const AFTER_PANEL = 'synthetic rows';

/**
 * An origin–destination matrix as a heatmap: the share of records per
 * origin × destination cell, of the synthetic rows and, when a scenario
 * edited the targets, of the targets before it in a panel beside, on one
 * colour scale so the cells the scenario moved stand out.
 */
export function flowMatrixSpec(flows: FlowMatrix): TopLevelSpec {
  const origin = cutCell(flows.origin);
  const destination = cutCell(flows.destination);
  const panel = (name: string, shares: readonly number[]) =>
    flows.origins.flatMap((o, i) =>
      flows.destinations.map((d, j) => ({ origin: cutCell(o), destination: cutCell(d), share: shares[i * flows.destinations.length + j], panel: name })),
    );
  const values = [...(flows.before ? panel(BEFORE_PANEL, flows.before) : []), ...panel(AFTER_PANEL, flows.synthetic)];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: `Share of rows per ${origin} × ${destination}${flows.before ? ', before the scenario and in the synthetic rows' : ''}`,
    title: `${origin} × ${destination}`,
    data: { values },
    facet: { column: { field: 'panel', type: 'nominal', title: null, sort: [BEFORE_PANEL, AFTER_PANEL] } },
    spec: {
      width: { step: 14 },
      height: { step: 14 },
      mark: { type: 'rect' },
      encoding: {
        x: { field: 'destination', type: 'nominal', sort: flows.destinations.map(cutCell), title: destination, axis: { labelAngle: -60 } },
        y: { field: 'origin', type: 'nominal', sort: flows.origins.map(cutCell), title: origin },
        color: { field: 'share', type: 'quantitative', title: 'Share of rows', scale: { scheme: 'blues' }, legend: { format: '.1%' } },
        tooltip: [
          { field: 'origin', type: 'nominal', title: origin },
          { field: 'destination', type: 'nominal', title: destination },
          { field: 'panel', type: 'nominal', title: 'Data' },
          { field: 'share', type: 'quantitative', title: 'Share', format: '.2%' },
        ],
      },
    },
  };
}
