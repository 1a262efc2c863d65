import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { independentTrips } from '../../bench/trips/independent-trips.ts';
import { loadTrips, TRIPS_DIR } from '../../bench/trips/load-trips.ts';
import { scoreTrips } from '../../bench/trips/score-trips.ts';
import { sourceDistances } from '../../bench/trips/source-distances.ts';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';
import { sourceMarginal, sourceTotal } from '../../bench/trips/source-marginal.ts';
import { splitTrips } from '../../bench/trips/split-trips.ts';
import { tripDistances } from '../../bench/trips/trip-distances.ts';
import { TRIP_QUERIES } from '../../bench/trips/trip-queries.ts';
import { tripQueryErrors } from '../../bench/trips/trip-query-errors.ts';
import { tripsReferenceOf } from '../../bench/trips/trip-reference.ts';
import { tripViolations } from '../../bench/trips/trip-rules.ts';
import { tripsOf, type Trips } from '../../bench/trips/trips.ts';
import { tvd } from '../../bench/trips/tvd.ts';

const data = await loadTrips();
const real = tripsOf(data.trips);
const reference = tripsReferenceOf(real);

/** Trips from "origin destination time_bin delay_status" lines. */
function tripsFrom(lines: readonly string[]): Trips {
  const rows = lines.map((l) => l.split(' '));
  return { origin: rows.map((r) => r[0]), destination: rows.map((r) => r[1]), timeBin: rows.map((r) => r[2]), delayStatus: rows.map((r) => r[3]) };
}

/** The count column of a source CSV summed from its text, apart from the project's loader. */
function csvCountSum(file: string): number {
  const [header, ...lines] = readFileSync(new URL(file, TRIPS_DIR), 'utf8').trim().split(/\r?\n/);
  const at = header.split(',').indexOf('count');
  return lines.reduce((s, l) => s + Number(l.split(',')[at]), 0);
}

const valueOf = (id: string, trips: Trips, ref = tripsReferenceOf(trips)) => {
  const query = TRIP_QUERIES.find((q) => q.id === id);
  if (!query) throw new Error(`no query ${id}`);
  return query.value(trips, ref);
};

describe('trips bench data', () => {
  it('reads 27,555 trips; source A describes 13,777 trips and source B 5,532', () => {
    expect(data.trips.rowCount).toBe(27555);
    expect(real.origin).toHaveLength(27555);
    expect(csvCountSum('source_a_od_time.csv')).toBe(13777);
    expect(csvCountSum('source_b_time_delay.csv')).toBe(5532);
    expect(sourceTotal(data.odTime)).toBe(13777);
    expect(sourceTotal(data.timeDelay)).toBe(5532);
  });

  it('gives the README’s counts: bins, delay classes, top pairs; the real data break no rule', () => {
    expect(valueOf('peak-06-09', real, reference)).toBeCloseTo(5366 / 27555, 12);
    expect(valueOf('peak-00-06', real, reference)).toBeCloseTo(683 / 27555, 12);
    expect(valueOf('delay-early', real, reference)).toBeCloseTo(14092 / 27555, 12);
    expect(valueOf('delay-very_late', real, reference)).toBeCloseTo(1637 / 27555, 12);
    expect(reference.topPairs.slice(0, 3)).toEqual(['LAX→LAS', 'LAS→LAX', 'PHX→LAX']);
    expect(reference.zones.size).toBe(20);
    expect(valueOf('peak-20-24-to-las', real, reference)).toBeCloseTo(0.114, 3); // README: 11.4 % of 20–24 trips go to LAS
    expect(tripViolations(real, reference).any).toBe(0);
  });

  it('catches planted trips inside one zone, from an unknown zone, in no bin or with no delay class', () => {
    const planted = tripsFrom(['LAX LAX 20-24 late', 'XXX LAS 25-26 soon', 'ORD ATL 06-09 early']);
    const v = tripViolations(planted, reference);
    expect(v.rules.map((r) => [r.id, r.count])).toEqual([
      ['origin-not-destination', 1],
      ['zones-valid', 1],
      ['time-bin-valid', 1],
      ['delay-status-valid', 1],
    ]);
    expect(v.any).toBeCloseTo(2 / 3, 12);
  });

  it('names the columns when one is missing', () => {
    const noOrigin = { ...data.trips, columns: data.trips.columns.filter((c) => c.name !== 'origin') };
    expect(() => tripsOf(noOrigin)).toThrow(/no column "origin".*destination/);
    expect(() => sourceMarginal(data.timeDelay, 'origin')).toThrow(/no categorical column "origin"/);
  });
});

describe('trip queries on a hand-made population', () => {
  const small = tripsFrom([
    'LAX LAS 20-24 very_late',
    'LAX LAS 17-20 late',
    'LAS LAX 06-09 early',
    'ORD LAS 20-24 on_time',
    'ORD ATL 06-09 on_time',
    'ATL ORD 17-20 early',
  ]);
  const ref = tripsReferenceOf(small);

  it('ranks pairs and origins by count, ties by code', () => {
    expect(ref.topPairs).toEqual(['LAX→LAS', 'ATL→ORD', 'LAS→LAX', 'ORD→ATL', 'ORD→LAS']);
    expect(ref.topOrigin).toBe('LAX');
  });

  it('gives the hand-computed shares', () => {
    const expected: Record<string, number> = {
      'od-top-1': 2 / 6,
      'od-top-2': 1 / 6,
      'od-top-origin': 2 / 6,
      'od-into-las': 3 / 6,
      'peak-00-06': 0,
      'peak-06-09': 2 / 6,
      'peak-20-24': 2 / 6,
      'peak-20-24-to-las': 1,
      'delay-late': 1 / 6,
      'late-in-17-20': 1 / 2,
      'early-in-06-09': 1 / 2,
      'very-late-in-20-24': 1 / 2,
    };
    for (const [id, v] of Object.entries(expected)) expect(valueOf(id, small, ref), id).toBeCloseTo(v, 12);
  });

  it('takes |syn − real| / |real|, the absolute difference where real is 0, and 0 for the same trips', () => {
    const other = tripsFrom(['LAX LAS 00-06 late', 'LAS LAX 06-09 early']);
    const errors = tripQueryErrors({ real: small, synthetic: other, reference: ref });
    const byId = (id: string) => errors.queries.find((q) => q.id === id);
    expect(byId('od-into-las')).toMatchObject({ real: 0.5, synthetic: 0.5, error: 0, absolute: false });
    expect(byId('peak-06-09')?.error).toBeCloseTo(Math.abs(1 / 2 - 1 / 3) / (1 / 3), 12);
    expect(byId('peak-00-06')).toMatchObject({ real: 0, synthetic: 0.5, error: 0.5, absolute: true });
    expect(tripQueryErrors({ real: small, synthetic: small, reference: ref }).overall).toBe(0);
  });
});

describe('distances', () => {
  it('is 0 for identical data and ½ Σ |p − q| for two hand-made tables', () => {
    expect(tripDistances({ real, synthetic: real })).toEqual([0, 0, 0]);
    // p = (x ½, y ¼, z ¼), q = (x ¼, y ¾): ½ (¼ + ½ + ¼) = ½.
    expect(tvd(['x', 'x', 'y', 'z'], ['x', 'y', 'y', 'y'])).toBeCloseTo(0.5, 12);
    const a = tripsFrom(['LAX LAS 20-24 late', 'LAX LAS 06-09 late', 'ORD ATL 06-09 early', 'ORD ATL 06-09 early']);
    const b = tripsFrom(['LAX LAS 20-24 late', 'ORD ATL 20-24 late']);
    // OD: both ½/½ → 0. Time × delay: a (20-24|late ¼, 06-09|late ¼, 06-09|early ½), b (20-24|late 1) → ½ (¾ + ¼ + ½) = ¾.
    // OD × time: a (LAX|LAS|20-24 ¼, LAX|LAS|06-09 ¼, ORD|ATL|06-09 ½), b (LAX|LAS|20-24 ½, ORD|ATL|20-24 ½) → ½ (¼ + ¼ + ½ + ½) = ¾.
    const [od, timeDelay, odTime] = tripDistances({ real: a, synthetic: b });
    expect(od).toBe(0);
    expect(timeDelay).toBeCloseTo(0.75, 12);
    expect(odTime).toBeCloseTo(0.75, 12);
  });
});

describe('source distances', () => {
  it('compare a count table (cells weighted by count) with the trips, only where it holds every column', async () => {
    const csv = 'origin,destination,time_bin,count\nLAX,LAS,20-24,2\nORD,ATL,06-09,2\n';
    const table = (await loadDataset({ name: 'a.csv', bytes: new TextEncoder().encode(csv) })).dataset;
    const trips = tripsFrom(['LAX LAS 20-24 late', 'LAX LAS 06-09 late', 'ORD ATL 06-09 early', 'ORD ATL 06-09 early']);
    // OD: ½/½ both → 0. OD × time: trips (¼, ¼, ½), table (½ LAX|LAS|20-24, ½ ORD|ATL|06-09) → ½ (¼ + ¼ + 0) = ¼. No table holds delay.
    const out = sourceDistances({ real: trips, sources: [{ name: 'a.csv', table }] });
    expect(out.map((d) => [d.id, d.source])).toEqual([
      ['tvd-od', 'a.csv'],
      ['tvd-od-time', 'a.csv'],
    ]);
    expect(out[0].value).toBe(0);
    expect(out[1].value).toBeCloseTo(0.25, 12);
  });
});

describe('methods', () => {
  it('splits the real trips in two disjoint halves, the same for a seed and different across seeds', () => {
    const one = splitTrips(real, 1);
    expect([one.a.origin.length, one.b.origin.length]).toEqual([13777, 13778]);
    expect(splitTrips(real, 1)).toEqual(one);
    expect(splitTrips(real, 2).a.origin).not.toEqual(one.a.origin);
    const score = () => scoreTrips({ real: one.b, synthetic: one.a, reference }).queries.overall;
    expect(score()).toBe(scoreTrips({ real: splitTrips(real, 1).b, synthetic: splitTrips(real, 1).a, reference }).queries.overall);
    expect(score()).toBeGreaterThan(0);
  });

  it('draws the floor from the source marginals: deterministic per seed, delay independent of time', () => {
    const make = (seed: number) => independentTrips({ odTime: data.odTime, timeDelay: data.timeDelay, rows: 27555, seed });
    const floor = make(1);
    expect(floor.origin).toHaveLength(27555);
    expect(make(1)).toEqual(floor);
    expect(make(2).origin).not.toEqual(floor.origin);
    // Source B's early share (its own counts) is what the floor gives in every bin, within sampling noise.
    const earlyB = (sourceMarginal(data.timeDelay, 'delay_status').get('early') ?? 0) / 5532;
    expect(valueOf('delay-early', floor, reference)).toBeCloseTo(earlyB, 1);
    expect(valueOf('early-in-06-09', floor, reference)).toBeCloseTo(earlyB, 1);
  });
});
