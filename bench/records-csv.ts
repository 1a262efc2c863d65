import type { Rng } from '../src/synth/rng.ts';

export const RECORDS_COLUMNS = ['order_id', 'customer', 'city', 'note', 'amount', 'placed_at'] as const;

const CUSTOMERS = ['Smith, John', 'Garcia, Maria', 'Lee, "Kim"', 'Nguyen, An', 'Brown, Alex', 'Müller, Jörg', "O'Neil, Pat"];
const CITIES = Array.from({ length: 300 }, (_, i) => `City ${i}`);
const START = Date.UTC(2024, 0, 1);
const YEAR_MINUTES = 366 * 24 * 60;

/** A field as spreadsheets and pandas write text: always quoted, quotes doubled. */
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The other common shape of a table, beside mixedCsv's: an export of records
 * with a unique id and a timestamp to the minute on each row — columns whose
 * values are nearly all distinct, so every row is a new spelling for the
 * parser — every text field quoted (some holding commas and doubled quotes),
 * CRLF line ends. The amount is the only unquoted field.
 */
export function recordsCsv(options: { rows: number; rng: Rng }): string {
  const { rows, rng } = options;
  const lines: string[] = [RECORDS_COLUMNS.map(quote).join(',')];
  for (let i = 0; i < rows; i++) {
    const placed = new Date(START + rng.int(YEAR_MINUTES) * 60_000).toISOString().slice(0, 19);
    const note = rng.next() < 0.3 ? 'late, "rush"' : rng.next() < 0.5 ? 'ok' : '';
    lines.push(
      [
        quote(String(i + 1)),
        quote(CUSTOMERS[rng.int(CUSTOMERS.length)]),
        quote(CITIES[Math.floor(rng.next() ** 2 * CITIES.length)]),
        quote(note),
        (rng.next() * 1000).toFixed(2),
        quote(placed),
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
