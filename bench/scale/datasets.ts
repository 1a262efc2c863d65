import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import type { Rng } from '../../src/synth/rng.ts';
import { createRng } from '../../src/synth/rng.ts';
import { mixedCsv } from '../mixed-csv.ts';

/** Adult's 10,000 training rows (bench/data/adult/README.md), the bootstrap's source. */
export const ADULT_TRAIN = new URL('../data/adult/train.csv', import.meta.url).pathname;

/** Adult's numeric columns and how each is jittered (the rest are copied as they are). */
const JITTER: Record<string, (value: number, rng: Rng) => number> = {
  age: (v, rng) => clamp(Math.round(v + rng.normal() * 2), 17, 90),
  fnlwgt: (v, rng) => Math.max(12_285, Math.round(v * Math.exp(rng.normal() * 0.1))),
  'hours-per-week': (v, rng) => (rng.next() < 0.5 ? v : clamp(Math.round(v + rng.normal() * 3), 1, 99)),
  // Mostly 0: a non-zero gain or loss moves by a few per cent, a zero stays zero, so the spike at 0 is kept.
  'capital-gain': (v, rng) => (v === 0 ? 0 : Math.round(v * Math.exp(rng.normal() * 0.05))),
  'capital-loss': (v, rng) => (v === 0 ? 0 : Math.round(v * Math.exp(rng.normal() * 0.05))),
};

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** The Adult training file: `explicit` if given, else ADULT_TRAIN. */
export function adultSource(explicit?: string): string {
  const found = explicit ?? ADULT_TRAIN;
  if (!existsSync(found)) throw new Error(`bench: no Adult train.csv at ${found}`);
  return found;
}

/**
 * `rows` Adult-like records: a seeded bootstrap (draws with replacement) of
 * the real Adult training rows, with its six numeric columns jittered (age ±2,
 * fnlwgt ×e^N(0,0.1), half of hours-per-week ±3, non-zero capital gain / loss
 * ×e^N(0,0.05)) so the 1M rows are not 100 copies of 10,000. Categorical
 * columns, `?` for unknown included, keep the real co-occurrences of each row.
 * Written in chunks to `path` so 1M rows never sit in one string.
 */
export async function writeAdultLike(options: { source: string; rows: number; seed: number; path: string }): Promise<void> {
  const [header, ...lines] = readFileSync(options.source, 'utf8').trimEnd().split(/\r?\n/);
  const names = header.split(',');
  const records = lines.map((l) => l.split(','));
  const jitter = names.map((n) => JITTER[n]);
  const rng = createRng(options.seed);
  const out = createWriteStream(options.path);
  let chunk: string[] = [header];
  for (let i = 0; i < options.rows; i++) {
    const record = records[rng.int(records.length)];
    chunk.push(record.map((v, j) => (jitter[j] && v !== '' ? String(jitter[j](Number(v), rng)) : v)).join(','));
    if (chunk.length >= 10_000) {
      if (!out.write(chunk.join('\n') + '\n')) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end(chunk.length ? chunk.join('\n') + '\n' : '');
  await once(out, 'finish');
}

/** `rows` of bench/mixed-csv.ts's 12-column table (7 categorical, 5 numeric) to `path`, in 100k-row chunks. */
export function writeMixed(options: { rows: number; seed: number; path: string }): void {
  const rng = createRng(options.seed);
  const parts: string[] = [];
  for (let done = 0; done < options.rows; done += 100_000) {
    const text = mixedCsv({ rows: Math.min(100_000, options.rows - done), rng });
    parts.push(done === 0 ? text : text.slice(text.indexOf('\n') + 1));
  }
  writeFileSync(options.path, parts.join(''));
}
