import type { Column } from '../../src/stats/column.ts';
import type { Dataset } from '../../src/stats/dataset.ts';
import type { ColumnSchema } from '../../src/stats/schema.ts';
import { buildTargets } from '../../src/stats/tables/build-targets.ts';
import { independentMarginals } from '../../src/synth/baselines/independent-marginals.ts';
import { createRng, MAX_SEED } from '../../src/synth/rng.ts';
import { HOUSEHOLD_COLUMNS, type RelatedTables } from './population.ts';

/**
 * The floor: households drawn from the household table's marginals, each
 * column on its own (independent-marginals.ts), keyed 1..rows; then each
 * household gets hh_size persons drawn from the person table's marginals, each
 * column on its own, numbered 1..hh_size. Sizes agree and no person is an
 * orphan by construction; nothing else links a household to its members.
 */
export function independentHouseholds(options: { data: RelatedTables; rows: number; seed: number }): RelatedTables {
  const { data, rows, seed } = options;
  const rng = createRng(seed);
  const households = independentMarginals({ targets: buildTargets(withoutColumns(data.parent, [data.key])), rows, seed: rng.int(MAX_SEED) });
  const keys = households.columns.find((c) => c.name === data.key);
  const sizes = households.columns.find((c) => c.name === HOUSEHOLD_COLUMNS.size);
  if (keys?.type !== 'categorical' || sizes?.type !== 'numeric') throw new RangeError('bench: the floor needs an identifier key and a numeric hh_size');
  const memberOf: number[] = [];
  const numberInHousehold: number[] = [];
  sizes.values.forEach((size, i) => {
    for (let m = 1; m <= (Number.isFinite(size) ? Math.max(0, Math.round(size)) : 0); m++) {
      memberOf.push(Number(keys.dictionary[keys.codes[i]]));
      numberInHousehold.push(m);
    }
  });
  const numbered = ['person_num'];
  const drawn = independentMarginals({
    targets: buildTargets(withoutColumns(data.child, [data.key, ...numbered])),
    rows: memberOf.length,
    seed: rng.int(MAX_SEED),
  });
  const fixed = new Map<string, Float64Array>([
    [data.key, Float64Array.from(memberOf)],
    ['person_num', Float64Array.from(numberInHousehold)],
  ]);
  const columns = drawn.columns.map((c): Column => {
    const values = fixed.get(c.name);
    return values ? { type: 'numeric', name: c.name, values } : c;
  });
  return { parent: households, child: { schema: data.child.schema, columns, rowCount: memberOf.length }, key: data.key };
}

/**
 * The dataset with the named columns left out of the statistics: the key as
 * an identifier (numbered 1..n on output), others as excluded numbers the
 * caller fills in.
 */
function withoutColumns(dataset: Dataset, names: readonly string[]): Dataset {
  const columns = dataset.schema.columns.map((c): ColumnSchema => {
    if (!names.includes(c.name)) return c;
    return c.kind === 'identifier' ? { ...c, included: false } : { name: c.name, kind: 'numeric', included: false, integer: true, decimals: 0 };
  });
  return { ...dataset, schema: { columns } };
}
