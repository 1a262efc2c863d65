import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/stats/dataset.ts';
import { readTable } from '../../../src/stats/ingest/read-table.ts';
import { applyDerivations } from '../../../src/synth/derive/apply-derivations.ts';
import type { Derivation } from '../../../src/synth/derive/derivation.ts';
import { lookupFromTable } from '../../../src/synth/derive/lookup-table.ts';
import { parseDerivation } from '../../../src/synth/derive/parse-derivation.ts';

const raw = (name: string, text: string) => readTable({ name, bytes: new TextEncoder().encode(text) });
const refusal = async (f: () => unknown) => {
  try {
    await f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};
/** Trips with an origin, a destination and a time bin (categorical columns). */
function trips(rows: [string, string, string][]): Dataset {
  const column = (name: string, j: number) => {
    const dictionary: (string | null)[] = [null, ...new Set(rows.map((r) => r[j]))];
    return { type: 'categorical' as const, name, dictionary, codes: Uint32Array.from(rows, (r) => dictionary.indexOf(r[j])) };
  };
  const names = ['origin', 'destination', 'time_bin'];
  return {
    schema: { columns: names.map((name) => ({ name, kind: 'categorical' as const, included: true })) },
    columns: names.map(column),
    rowCount: rows.length,
  };
}
const text = (d: Dataset, name: string) => {
  const c = d.columns[d.schema.columns.findIndex((x) => x.name === name)];
  return c.type === 'numeric' ? [...c.values].map(String) : [...c.codes].map((k) => c.dictionary[k]);
};

describe('parseDerivation', () => {
  it('reads lookup, cut and within', () => {
    expect(parseDerivation('distance_mi = lookup(distances.csv)')).toEqual({ kind: 'lookup', column: 'distance_mi', file: 'distances.csv' });
    expect(parseDerivation('haul = cut(distance_mi; 500: short; 1500: medium; long)')).toEqual({
      kind: 'cut',
      column: 'haul',
      from: 'distance_mi',
      cuts: [
        { below: 500, label: 'short' },
        { below: 1500, label: 'medium' },
      ],
      rest: 'long',
    });
    expect(parseDerivation('"dep time" = within(time_bin; time)')).toEqual({ kind: 'within', column: 'dep time', from: 'time_bin', format: 'time' });
  });

  it('refuses what it cannot read, saying how to write it', async () => {
    expect(await refusal(() => parseDerivation('haul := cut(d; long)'))).toMatch(/^derive "haul := cut\(d; long\)": write it as "name = lookup\(file\.csv\)"/);
    expect(await refusal(() => parseDerivation('h = cut(d; long)'))).toMatch(/cut needs at least one threshold/);
    expect(await refusal(() => parseDerivation('h = cut(d; 1500: a; 500: b; c)'))).toMatch(/thresholds must increase/);
    expect(await refusal(() => parseDerivation('h = within(t; hours)'))).toMatch(/within takes a column and, optionally, "time"/);
  });
});

describe('applyDerivations', () => {
  const data = trips([
    ['ATL', 'BOS', '06-09'],
    ['BOS', 'ATL', '20-24'],
    ['ATL', 'LAS', '00-06'],
  ]);

  it('looks up, cuts and draws inside ranges, so every row keeps the rules', async () => {
    const lookup = lookupFromTable(await raw('d.csv', 'origin,destination,distance_mi\nATL,BOS,946\nBOS,ATL,946\nATL,LAS,1747\n'), 'distance_mi');
    const cut = parseDerivation('haul = cut(distance_mi; 500: short; 1500: medium; long)') as Derivation;
    const within = parseDerivation('dep_time = within(time_bin; time)') as Derivation;
    const out = applyDerivations(data, [lookup, cut, within], 7);
    expect(text(out, 'distance_mi')).toEqual(['946', '946', '1747']);
    expect(text(out, 'haul')).toEqual(['medium', 'medium', 'long']);
    const times = text(out, 'dep_time') as string[];
    const hours = times.map((t) => Number(t.slice(0, 2)));
    expect([hours[0] >= 6 && hours[0] < 9, hours[1] >= 20 && hours[1] < 24, hours[2] >= 0 && hours[2] < 6]).toEqual([true, true, true]);
    expect(times.every((t) => /^\d\d:\d\d$/.test(t))).toBe(true);
    // Same seed, same times; another seed draws others.
    expect(text(applyDerivations(data, [within], 7), 'dep_time')).toEqual(times);
  });

  it('names the record and the key a lookup lacks, and refuses bad lookup tables and labels', async () => {
    const partial = lookupFromTable(await raw('d.csv', 'origin,destination,distance_mi\nATL,BOS,946\n'), 'distance_mi');
    expect(await refusal(() => applyDerivations(data, [partial], 1))).toBe(
      'derive "distance_mi": d.csv has no row for origin=BOS, destination=ATL (record 2); add it',
    );
    expect(await refusal(async () => lookupFromTable(await raw('d.csv', 'origin,distance_mi\nATL,1\nATL,2\n'), 'distance_mi'))).toBe(
      'd.csv: row 3 repeats row 2 (origin=ATL); give each key once',
    );
    expect(await refusal(async () => lookupFromTable(await raw('d.csv', 'origin,miles\nATL,1\n'), 'distance_mi'))).toMatch(
      /^d\.csv: no column "distance_mi" \(columns: origin, miles\)/,
    );
    const within = parseDerivation('t = within(origin)') as Derivation;
    expect(await refusal(() => applyDerivations(data, [within], 1))).toBe(
      'derive "t": record 1 has origin = "ATL", not a range such as 06-09; within() reads "a-b" labels',
    );
    const again = parseDerivation('origin = within(time_bin)') as Derivation;
    expect(await refusal(() => applyDerivations(data, [again], 1))).toBe('derive "origin": already a column; a derived column is a new one');
  });
});
