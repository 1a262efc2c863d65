import { describe, expect, it } from 'vitest';
import { datasetFromCells } from '../../src/synth/baselines/dataset-from-cells.ts';
import { independentMarginals } from '../../src/synth/baselines/independent-marginals.ts';
import { ipf } from '../../bench/baselines/ipf.ts';
import { sampleEcommerce } from '../../bench/ecommerce/ecommerce-process.ts';
import { binOf } from '../../src/stats/bins/bin-of.ts';
import type { CategoricalColumn, NumericColumn } from '../../src/stats/column.ts';
import type { Dataset } from '../../src/stats/dataset.ts';
import type { BinnedAxis } from '../../src/stats/tables/axis.ts';
import { buildTargets } from '../../src/stats/tables/build-targets.ts';
import { createRng } from '../../src/synth/rng.ts';
import { makeDataset } from '../stats/tables/make-dataset.ts';

const reference = sampleEcommerce({ rows: 2000, seed: 11 });
const targets = buildTargets(reference, {
  joints: [
    ['age', 'gender', 'category'],
    ['category', 'price'],
    ['location', 'payment'],
  ],
});
const ROWS = 20_000;
const tolerance = (p: number, n: number) => 4 * Math.sqrt((p * (1 - p)) / n);

/** P(payment = Online | location = where) and the number of such rows. */
function onlineShare(data: Dataset, where: string): { p: number; n: number } {
  const location = data.columns[2] as CategoricalColumn;
  const payment = data.columns[5] as CategoricalColumn;
  let n = 0;
  let online = 0;
  for (let i = 0; i < data.rowCount; i++) {
    if (location.dictionary[location.codes[i]] !== where) continue;
    n++;
    if (payment.dictionary[payment.codes[i]] === 'Online') online++;
  }
  return { p: online / n, n };
}

function share(data: Dataset, column: number, value: string): number {
  const c = data.columns[column] as CategoricalColumn;
  let hits = 0;
  for (let i = 0; i < data.rowCount; i++) if (c.dictionary[c.codes[i]] === value) hits++;
  return hits / data.rowCount;
}

function expectValuesLikeReference(data: Dataset): void {
  const [age, price] = [data.columns[0] as NumericColumn, data.columns[4] as NumericColumn];
  const [refAge, refPrice] = [reference.columns[0] as NumericColumn, reference.columns[4] as NumericColumn];
  const range = (v: Float64Array) => [Math.min(...v), Math.max(...v)];
  const [ageLo, ageHi] = range(refAge.values);
  const [priceLo, priceHi] = range(refPrice.values);
  expect(age.values.every((a) => Number.isInteger(a) && a >= ageLo && a <= ageHi)).toBe(true);
  expect(price.values.every((p) => Math.round(p * 100) / 100 === p && p >= priceLo && p <= priceHi)).toBe(true);
}

describe('independentMarginals', () => {
  const data = independentMarginals({ targets, rows: ROWS, seed: 3 });

  it('makes the rows asked for, with values on the reference’s grid and range', () => {
    expect(data.rowCount).toBe(ROWS);
    expect(data.schema).toBe(targets.schema);
    expectValuesLikeReference(data);
  });

  it('draws each marginal by its counts', () => {
    const target = share(reference, 1, 'M');
    expect(Math.abs(share(data, 1, 'M') - target)).toBeLessThan(tolerance(target, ROWS));
  });

  it('loses the location → payment dependence (.7 vs .4 in the process)', () => {
    const developed = onlineShare(data, 'Developed');
    const developing = onlineShare(data, 'Developing');
    expect(Math.abs(developed.p - developing.p)).toBeLessThan(tolerance(0.5, developed.n) + tolerance(0.5, developing.n));
  });
});

describe('ipf', () => {
  const result = ipf({ targets, rows: ROWS, seed: 3 });
  const data = result.dataset;

  it('converges (the three joints are decomposable: one sweep fits, the next confirms) and makes exactly the rows asked for', () => {
    expect(result.maxChange).toBeLessThan(1e-10);
    expect(result.sweeps).toBeLessThanOrEqual(3);
    expect(data.rowCount).toBe(ROWS);
    expectValuesLikeReference(data);
  });

  it('keeps the location → payment dependence of the target table', () => {
    for (const where of ['Developed', 'Developing']) {
      const target = onlineShare(reference, where).p;
      const got = onlineShare(data, where);
      expect(Math.abs(got.p - target), where).toBeLessThan(tolerance(target, got.n));
    }
  });

  it('is reproducible from its seed', () => {
    expect(ipf({ targets, rows: 100, seed: 5 }).dataset.columns).toEqual(ipf({ targets, rows: 100, seed: 5 }).dataset.columns);
  });

  it('refuses a product space over the limit', () => {
    expect(() => ipf({ targets, rows: 10, seed: 1, maxCells: 1000 })).toThrow(/ipf: the product of all axes has [\d,]+ cells .* over the limit of 1,000/);
  });
});

describe('datasetFromCells', () => {
  const small = makeDataset({ c: ['a', 'b', null, 'a'], x: [0.5, 1.25, 2, Number.NaN] });
  const t = buildTargets(small);
  const axis = t.axes[1] as BinnedAxis;

  it('turns category cells into categories, bins into values inside them, missing into missing', () => {
    // c's cells: a 0, b 1, missing 2. x's edges come from 0.5, 1.25, 2: cells 0, 1 (, last = missing).
    const lastBin = axis.edges.length - 2;
    const cells = [Uint8Array.of(0, 1, 2, 0, 1), Uint8Array.of(0, lastBin, lastBin + 1, 0, lastBin)];
    const out = datasetFromCells({ targets: t, cells, rng: createRng(9) });
    const c = out.columns[0] as CategoricalColumn;
    expect([...c.codes].map((code) => c.dictionary[code])).toEqual(['a', 'b', null, 'a', 'b']);
    const x = (out.columns[1] as NumericColumn).values;
    expect(Number.isNaN(x[2])).toBe(true);
    [0, 1, 3, 4].forEach((i) => {
      expect(binOf(axis.edges, x[i])).toBe(cells[1][i]);
      expect(Math.round(x[i] * 100) / 100).toBe(x[i]);
    });
  });
});
