/** Decimals to round to so k·step prints exactly (0.1·3 is 0.30000000000000004). */
export function stepDecimals(step: number): number {
  if (step >= 1) return 0;
  return Math.min(15, Math.round(-Math.log10(step)));
}
