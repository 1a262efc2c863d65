import { describe, expect, it } from 'vitest';
import { overlayTvd, overlaysWorstFirst } from '../../src/ui/overlay-order.ts';
import type { ColumnOverlay } from '../../src/workers/synth-api.ts';

const overlay = (column: string, real: number[], synthetic: number[]): ColumnOverlay => ({
  column,
  kind: 'categorical',
  labels: real.map((_, i) => `v${i}`),
  real,
  synthetic,
});

describe('the report’s columns, worst fitted first', () => {
  it('measures each column by the TVD of its shares (counted by hand)', () => {
    expect(overlayTvd(overlay('a', [0.5, 0.5], [0.5, 0.5]))).toBe(0);
    expect(overlayTvd(overlay('b', [0.7, 0.2, 0.1], [0.5, 0.3, 0.2]))).toBeCloseTo(0.2, 12);
    expect(overlayTvd(overlay('c', [1, 0], [0, 1]))).toBe(1);
  });

  it('orders the columns by it, ties in schema order', () => {
    const ordered = overlaysWorstFirst([
      overlay('same', [0.5, 0.5], [0.5, 0.5]),
      overlay('off', [0.7, 0.3], [0.4, 0.6]),
      overlay('also same', [0.2, 0.8], [0.2, 0.8]),
      overlay('slightly', [0.5, 0.5], [0.45, 0.55]),
    ]);
    expect(ordered.map((o) => o.overlay.column)).toEqual(['off', 'slightly', 'same', 'also same']);
    expect(ordered[0].tvd).toBeCloseTo(0.3, 12);
  });
});
