import type { Dataset } from '../../src/stats/dataset.ts';
import { applyDerivations } from '../../src/synth/derive/apply-derivations.ts';
import type { Derivation } from '../../src/synth/derive/derivation.ts';
import { parseDerivation } from '../../src/synth/derive/parse-derivation.ts';

/** The README's haul rule and time bins, as derivations (docs/aggregate-tables.md, "Derived columns"). */
const HAUL = 'haul = cut(distance_mi; 500: short; 1500: medium; long)';
const DEPARTURE = 'dep_time = within(time_bin; time)';

export interface DerivedCheck {
  readonly trips: number;
  /** Trips whose distance is not their origin–destination pair's real distance. */
  readonly wrongDistance: number;
  /** Trips whose haul is not the README's class of their distance (short < 500 ≤ medium < 1500 ≤ long). */
  readonly wrongHaul: number;
  /** Trips whose departure time (HH:MM) is outside their time bin. */
  readonly outsideBin: number;
}

/**
 * The derived columns the issue asks for, added to synthetic trips as
 * `generate --derive` adds them — the distance looked up per
 * origin–destination pair (from the real trips: a pair's distance is a fact
 * of geography, one value per pair), the haul cut from it, a departure time
 * drawn inside the bin — and every trip checked against the rules the
 * README states, independently of how they were made.
 */
export function derivedCheck(options: { synthetic: Dataset; real: Dataset; seed: number }): DerivedCheck {
  const distances = new Map<string, string>();
  const text = (d: Dataset, name: string) => {
    const c = d.columns[d.schema.columns.findIndex((x) => x.name === name)];
    return (r: number) => (c.type === 'numeric' ? String(c.values[r]) : (c.dictionary[c.codes[r]] ?? ''));
  };
  const [o, dst, mi] = ['origin', 'destination', 'distance_mi'].map((n) => text(options.real, n));
  for (let r = 0; r < options.real.rowCount; r++) distances.set(`${o(r)}\u0000${dst(r)}`, mi(r));
  const lookup: Derivation = { kind: 'lookup', column: 'distance_mi', keys: ['origin', 'destination'], values: distances, numeric: true, source: 'trips.csv' };
  const out = applyDerivations(options.synthetic, [lookup, parseDerivation(HAUL) as Derivation, parseDerivation(DEPARTURE) as Derivation], options.seed);
  const [so, sd, sm, haul, bin, dep] = ['origin', 'destination', 'distance_mi', 'haul', 'time_bin', 'dep_time'].map((n) => text(out, n));
  let wrongDistance = 0;
  let wrongHaul = 0;
  let outsideBin = 0;
  for (let r = 0; r < out.rowCount; r++) {
    const miles = Number(sm(r));
    if (sm(r) !== distances.get(`${so(r)}\u0000${sd(r)}`)) wrongDistance++;
    if (haul(r) !== (miles < 500 ? 'short' : miles < 1500 ? 'medium' : 'long')) wrongHaul++;
    const [from, to] = bin(r).split('-').map(Number);
    const [hh, mm] = dep(r).split(':').map(Number);
    if (!(hh >= from && hh < to && mm >= 0 && mm < 60)) outsideBin++;
  }
  return { trips: out.rowCount, wrongDistance, wrongHaul, outsideBin };
}
