import type { Column } from '../../src/stats/column.ts';
import type { Dataset } from '../../src/stats/dataset.ts';
import type { Schema } from '../../src/stats/schema.ts';
import type { Rng } from '../../src/synth/rng.ts';
import { createRng } from '../../src/synth/rng.ts';
import { cumulativeOf, pickCumulative } from '../../src/synth/engine/weighted-pick.ts';
import { drawTruncated } from './draw-truncated.ts';

/*
 * The controlled e-commerce process of LLMSynthor (arXiv 2505.14752 v2,
 * appendix A.1): a known joint distribution, so every method can be scored
 * against the truth and against a fresh sample of it (the noise floor).
 * Dependencies: category | (age group, gender), price | category,
 * payment | location; age, gender and location are independent.
 */

export const GENDERS = ['M', 'F'] as const;
export const LOCATIONS = ['Developed', 'Developing'] as const;
export const CATEGORIES = ['Electronics', 'Apparel', 'Food & Beverages', 'Furniture & Appliances'] as const;
export const PAYMENTS = ['Online', 'COD'] as const;

/** Age groups: young < 35 ≤ middle < 55 ≤ old (appendix A.1). */
export const AGE_GROUP_EDGES = [35, 55] as const;
export const AGE_BOUNDS = { lo: 18, hi: 90 } as const;
export const PRICE_BOUNDS = { lo: 0, hi: 2000 } as const;

/** The paper writes weights 0.5 / 0.45 / 0.15, which sum to 1.10; pickCumulative normalises them. */
const AGE_MIXTURE = [
  { weight: 0.5, mean: 24, sd: 6 },
  { weight: 0.45, mean: 38, sd: 15 },
  { weight: 0.15, mean: 55, sd: 10 },
] as const;
const AGE_WEIGHTS = cumulativeOf(AGE_MIXTURE.map((m) => m.weight));
const GENDER_SHARES = cumulativeOf([0.45, 0.55]);
const LOCATION_SHARES = cumulativeOf([0.4, 0.6]);
/** [age group][gender] → shares over CATEGORIES (as cumulative sums, for pickCumulative). */
const CATEGORY_SHARES = [
  [
    [0.5, 0.25, 0.05, 0.2],
    [0.2, 0.5, 0.05, 0.25],
  ],
  [
    [0.2, 0.1, 0.5, 0.2],
    [0.1, 0.2, 0.55, 0.15],
  ],
  [
    [0.1, 0.1, 0.65, 0.15],
    [0.1, 0.1, 0.6, 0.2],
  ],
].map((byGender) => byGender.map(cumulativeOf));
/** Per category (CATEGORIES order): normal (mean, sd) of the price before truncation. */
const PRICE_NORMALS = [
  { mean: 800, sd: 1000 },
  { mean: 100, sd: 500 },
  { mean: 100, sd: 400 },
  { mean: 200, sd: 500 },
] as const;
/** [location] → shares over PAYMENTS. */
const PAYMENT_SHARES = [
  [0.7, 0.3],
  [0.4, 0.6],
].map(cumulativeOf);

/** Column order of the generated data (and of public/samples/ecommerce.csv). */
export const ECOMMERCE_SCHEMA: Schema = {
  columns: [
    { name: 'age', kind: 'numeric', included: true, integer: true, decimals: 0 },
    { name: 'gender', kind: 'categorical', included: true },
    { name: 'location', kind: 'categorical', included: true },
    { name: 'category', kind: 'categorical', included: true },
    { name: 'price', kind: 'numeric', included: true, integer: false, decimals: 2, fixedDecimals: true },
    { name: 'payment', kind: 'categorical', included: true },
  ],
};

/** 0 young, 1 middle, 2 old. */
export function ageGroup(age: number): number {
  return age < AGE_GROUP_EDGES[0] ? 0 : age < AGE_GROUP_EDGES[1] ? 1 : 2;
}

/** `rows` records of the appendix A.1 process, reproducible from `seed`. Columns: age, gender, location, category, price, payment. */
export function sampleEcommerce(options: { rows: number; seed: number }): Dataset {
  const { rows, seed } = options;
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError(`bench: rows must be a non-negative integer, got ${rows}`);
  const rng = createRng(seed);
  const age = new Float64Array(rows);
  const price = new Float64Array(rows);
  const [gender, location, category, payment] = [0, 1, 2, 3].map(() => new Uint32Array(rows));
  for (let i = 0; i < rows; i++) {
    age[i] = Math.round(drawTruncated(() => mixtureDraw(rng), AGE_BOUNDS));
    const g = pickCumulative(GENDER_SHARES, rng);
    const l = pickCumulative(LOCATION_SHARES, rng);
    const c = pickCumulative(CATEGORY_SHARES[ageGroup(age[i])][g], rng);
    const { mean, sd } = PRICE_NORMALS[c];
    // Math.round(x·100)/100 is the double nearest k/100, the same value a CSV reader gives back for the written text.
    price[i] = Math.round(drawTruncated(() => mean + sd * rng.normal(), PRICE_BOUNDS) * 100) / 100;
    // Codes are 1-based: code 0 is missing (src/stats/column.ts).
    gender[i] = g + 1;
    location[i] = l + 1;
    category[i] = c + 1;
    payment[i] = pickCumulative(PAYMENT_SHARES[l], rng) + 1;
  }
  const columns: Column[] = [
    { type: 'numeric', name: 'age', values: age },
    categorical('gender', GENDERS, gender),
    categorical('location', LOCATIONS, location),
    categorical('category', CATEGORIES, category),
    { type: 'numeric', name: 'price', values: price },
    categorical('payment', PAYMENTS, payment),
  ];
  return { schema: ECOMMERCE_SCHEMA, columns, rowCount: rows };
}

function mixtureDraw(rng: Rng): number {
  const { mean, sd } = AGE_MIXTURE[pickCumulative(AGE_WEIGHTS, rng)];
  return mean + sd * rng.normal();
}

function categorical(name: string, categories: readonly string[], codes: Uint32Array): Column {
  return { type: 'categorical', name, dictionary: [null, ...categories], codes };
}
