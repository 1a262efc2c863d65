/** A score as reports carry it: JSON has no NaN, so an undefined score (NaN) is null. */
export type Score = number | null;

export function jsonScore(v: number): Score {
  return Number.isFinite(v) ? v : null;
}
