/**
 * "[lo, hi)" for a bin, "[lo, hi]" for the last (closed) one. Numbers are shown
 * to 6 significant digits (labels are for people; edges stay exact in the
 * axis); datetimes as ISO dates, with the time only when it is not midnight.
 */
export function rangeLabel(options: { lo: number; hi: number; last: boolean; datetime: boolean }): string {
  const { lo, hi, last, datetime } = options;
  const show = datetime ? formatDate : formatNumber;
  return `[${show(lo)}, ${show(hi)}${last ? ']' : ')'}`;
}

function formatNumber(x: number): string {
  return String(Number(x.toPrecision(6)));
}

function formatDate(ms: number): string {
  const iso = new Date(Math.round(ms)).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
