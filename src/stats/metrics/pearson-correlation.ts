/**
 * Pearson r over the rows where both values are present (NaN = missing), the
 * way SDMetrics CorrelationSimilarity calls scipy.stats.pearsonr after
 * dropna(). Centred and max-scaled before the dot product as scipy does, so
 * datetimes (~1e12 ms) keep full precision. NaN when fewer than two complete
 * rows or either side is constant (scipy warns and returns NaN).
 */
export function pearsonCorrelation(x: Float64Array, y: Float64Array): number {
  const keep: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]) && !Number.isNaN(y[i])) keep.push(i);
  const n = keep.length;
  if (n < 2) return Number.NaN;
  let sx = 0;
  let sy = 0;
  for (const i of keep) {
    sx += x[i];
    sy += y[i];
  }
  const mx = sx / n;
  const my = sy / n;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let maxX = 0;
  let maxY = 0;
  keep.forEach((row, k) => {
    dx[k] = x[row] - mx;
    dy[k] = y[row] - my;
    maxX = Math.max(maxX, Math.abs(dx[k]));
    maxY = Math.max(maxY, Math.abs(dy[k]));
  });
  if (maxX === 0 || maxY === 0) return Number.NaN;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (let k = 0; k < n; k++) {
    const a = dx[k] / maxX;
    const b = dy[k] / maxY;
    xx += a * a;
    yy += b * b;
    xy += a * b;
  }
  const r = xy / (Math.sqrt(xx) * Math.sqrt(yy));
  return Math.max(-1, Math.min(1, r));
}
