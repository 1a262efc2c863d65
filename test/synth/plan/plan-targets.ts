import type { Dataset } from '../../../src/stats/dataset.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import type { Targets } from '../../../src/stats/tables/targets.ts';

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

/**
 * Eight hand-made penguins, turned into targets with 2 bins and the top 2
 * categories, so the axes are: species [Adelie, Gentoo, (other), (missing)];
 * mass (integer) 3000–6000; beak (1 decimal) 32.1–59.6; day 2020-01-01 to
 * 2020-03-01; empty (all missing, no edges). `id` is excluded: no axis.
 */
export function planTargets(): Targets {
  const species = [1, 1, 1, 2, 2, 3, 0, 1];
  const dataset: Dataset = {
    rowCount: 8,
    schema: {
      columns: [
        { name: 'id', kind: 'identifier', included: false },
        { name: 'species', kind: 'categorical', included: true },
        { name: 'mass', kind: 'numeric', included: true, integer: true, decimals: 0, fixedDecimals: true },
        { name: 'beak', kind: 'numeric', included: true, integer: false, decimals: 1, fixedDecimals: false },
        { name: 'day', kind: 'datetime', included: true, format: '%Y-%m-%d' },
        { name: 'empty', kind: 'numeric', included: true, integer: true, decimals: 0 },
      ],
    },
    columns: [
      { type: 'categorical', name: 'id', dictionary: [null, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], codes: Uint32Array.of(1, 2, 3, 4, 5, 6, 7, 8) },
      { type: 'categorical', name: 'species', dictionary: [null, 'Adelie', 'Gentoo', 'Chinstrap'], codes: Uint32Array.from(species) },
      { type: 'numeric', name: 'mass', values: Float64Array.of(3000, 3500, 4000, 4500, 5000, 5500, 6000, NaN) },
      { type: 'numeric', name: 'beak', values: Float64Array.of(32.1, 40, 45.5, 50.2, 59.6, 38, 41, 44) },
      {
        type: 'numeric',
        name: 'day',
        values: Float64Array.from(['2020-01-01', '2020-01-15', '2020-02-01', '2020-02-10', '2020-02-20', '2020-03-01', '2020-01-20', '2020-02-29'], day),
      },
      { type: 'numeric', name: 'empty', values: new Float64Array(8).fill(NaN) },
    ],
  };
  return buildTargets(dataset, { bins: 2, topK: 2 });
}
