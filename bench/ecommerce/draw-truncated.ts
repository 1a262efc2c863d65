/** Tries before giving up: every truncation in appendix A.1 keeps over half the mass, so 10,000 misses in a row means a wrong spec. */
const MAX_TRIES = 10_000;

/**
 * A draw from `draw` truncated to [lo, hi] by rejection, as the paper's
 * generator does (LLMSynthor appendix A.1: ages truncated to [18, 90], prices
 * to [0, 2000]). Rejecting the whole draw (for the age mixture: the component
 * too) samples the truncated distribution exactly.
 */
export function drawTruncated(draw: () => number, bounds: { lo: number; hi: number }): number {
  const { lo, hi } = bounds;
  for (let i = 0; i < MAX_TRIES; i++) {
    const x = draw();
    if (x >= lo && x <= hi) return x;
  }
  throw new RangeError(`bench: ${MAX_TRIES} draws in a row fell outside [${lo}, ${hi}]; check the truncation bounds`);
}
