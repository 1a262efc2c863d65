/** Delimiters we recognise, in order of preference when the evidence ties. */
export const DELIMITERS: readonly string[] = [',', '\t', ';', '|'];

const SAMPLE_RECORDS = 20;
const SAMPLE_CHARS = 1 << 16;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Picks the delimiter from the first records, counting candidates outside
 * quotes only (a quoted "Smith, John" must not vote for commas). The winner
 * appears the same number of times on every sampled record; among those, the
 * most frequent wins. Without a consistent candidate, the one the header uses
 * most wins, else ',' (a one-column file). `whole` is false when `text` is
 * only the head of the file, so its last line may be cut.
 */
export function detectDelimiter(text: string, start = 0, whole = true): string {
  const codes = DELIMITERS.map((d) => d.charCodeAt(0));
  const perRecord: number[][] = [];
  let counts = codes.map(() => 0);
  let inQuotes = false;
  let lineHasContent = false;
  const end = Math.min(text.length, start + SAMPLE_CHARS);
  for (let p = start; p < end && perRecord.length < SAMPLE_RECORDS; p++) {
    const c = text.charCodeAt(p);
    if (c === QUOTE) inQuotes = !inQuotes;
    if (inQuotes) {
      lineHasContent = true;
      continue;
    }
    if (c === LF || c === CR) {
      if (lineHasContent) perRecord.push(counts);
      counts = codes.map(() => 0);
      lineHasContent = false;
      continue;
    }
    lineHasContent = true;
    const k = codes.indexOf(c);
    if (k >= 0) counts[k]++;
  }
  // A last line cut off by the sample size is not evidence; one that ends the file is.
  if (lineHasContent && !inQuotes && whole && end === text.length) perRecord.push(counts);
  if (perRecord.length === 0) return ',';

  let best = -1;
  let bestCount = 0;
  for (let k = 0; k < codes.length; k++) {
    const first = perRecord[0][k];
    if (first > bestCount && perRecord.every((r) => r[k] === first)) {
      best = k;
      bestCount = first;
    }
  }
  if (best >= 0) return DELIMITERS[best];
  const header = perRecord[0];
  const most = header.indexOf(Math.max(...header));
  return header[most] > 0 ? DELIMITERS[most] : ',';
}
