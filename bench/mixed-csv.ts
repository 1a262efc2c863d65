import type { Rng } from '../src/synth/rng.ts';

/** The benchmark table's columns: 7 categorical (2–50 categories, one ~5,000), 5 numeric of various shapes. */
export const MIXED_COLUMNS = ['region', 'member', 'product', 'channel', 'status', 'color', 'city', 'age', 'income', 'score', 'quantity', 'signup'] as const;

const REGIONS = ['north', 'south', 'east', 'west', 'centre'];
const CHANNELS = ['web', 'app', 'store', 'phone', 'mail', 'partner', 'kiosk', 'tv'];
const STATUSES = Array.from({ length: 12 }, (_, i) => `s${i}`);
const COLORS = Array.from({ length: 20 }, (_, i) => `color${i}`);
const PRODUCTS = Array.from({ length: 50 }, (_, i) => `p${i}`);
const CITIES = Array.from({ length: 5000 }, (_, i) => `city${i}`);
const DAY = 86_400_000;
const START = Date.UTC(2015, 0, 1);

/** Skewed index in [0, n): Zipf-like, so some categories are common and many rare. */
function skewed(rng: Rng, n: number): number {
  return Math.min(n - 1, Math.floor(n * rng.next() ** 3));
}

/**
 * `rows` records as CSV text, from a seeded rng: dependent columns (product on
 * region, income on age), missing values (channel 3%, income 5%, age 1%),
 * integers with many ties, 4-decimal floats, dates. Text, because ingest is timed too.
 */
export function mixedCsv(options: { rows: number; rng: Rng }): string {
  const { rows, rng } = options;
  const lines: string[] = [MIXED_COLUMNS.join(',')];
  for (let i = 0; i < rows; i++) {
    const region = rng.int(REGIONS.length);
    const product = (region * 10 + skewed(rng, 30)) % PRODUCTS.length;
    const age = 18 + Math.min(72, Math.max(0, Math.round(27 + rng.normal() * 14)));
    const income = Math.exp(9.5 + (age - 18) / 60 + rng.normal() * 0.6);
    lines.push(
      [
        REGIONS[region],
        rng.next() < 0.3 ? 'yes' : 'no',
        PRODUCTS[product],
        rng.next() < 0.03 ? '' : CHANNELS[skewed(rng, CHANNELS.length)],
        STATUSES[rng.int(STATUSES.length)],
        COLORS[skewed(rng, COLORS.length)],
        CITIES[skewed(rng, CITIES.length)],
        rng.next() < 0.01 ? '' : String(age),
        rng.next() < 0.05 ? '' : income.toFixed(2),
        rng.next().toFixed(4),
        String(Math.floor(-Math.log(1 - rng.next()) * 2)),
        new Date(START + rng.int(3650) * DAY).toISOString().slice(0, 10),
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}
