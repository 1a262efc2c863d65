import type { ColumnOverlay } from '../workers/synth-api.ts';

/** Total variation distance between a column's real and synthetic shares: 0 the same, 1 nothing in common. */
export function overlayTvd(overlay: ColumnOverlay): number {
  let sum = 0;
  for (let i = 0; i < overlay.labels.length; i++) sum += Math.abs((overlay.real[i] ?? 0) - (overlay.synthetic[i] ?? 0));
  return sum / 2;
}

/** The columns worst fitted first (ties in schema order), each with its TVD: where to look first. */
export function overlaysWorstFirst(overlays: readonly ColumnOverlay[]): { overlay: ColumnOverlay; tvd: number }[] {
  return overlays.map((overlay) => ({ overlay, tvd: overlayTvd(overlay) })).sort((a, b) => b.tvd - a.tvd);
}
