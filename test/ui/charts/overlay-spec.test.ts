import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { overlaySpec } from '../../../src/ui/charts/overlay-spec.ts';

describe('overlaySpec', () => {
  const overlay = {
    column: 'Island',
    kind: 'categorical' as const,
    labels: ['Biscoe', 'Dream', '(missing)'],
    real: [0.5, 0.5, 0],
    synthetic: [0.4, 0.55, 0.05],
  };

  it('has one real and one synthetic row per cell, in the target cell order', () => {
    const spec = overlaySpec(overlay);
    expect(spec.data).toEqual({
      values: [
        { cell: 0, label: 'Biscoe', source: 'real', share: 0.5 },
        { cell: 0, label: 'Biscoe', source: 'synthetic', share: 0.4 },
        { cell: 1, label: 'Dream', source: 'real', share: 0.5 },
        { cell: 1, label: 'Dream', source: 'synthetic', share: 0.55 },
        { cell: 2, label: '(missing)', source: 'real', share: 0 },
        { cell: 2, label: '(missing)', source: 'synthetic', share: 0.05 },
      ],
    });
    expect(JSON.parse(JSON.stringify(spec))).toMatchObject({
      title: 'Island',
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'label', sort: { field: 'cell' } },
        xOffset: { field: 'source' },
        y: { field: 'share', axis: { format: '%' } },
        color: { scale: { domain: ['real', 'synthetic'] } },
      },
    });
  });

  it('says bins for binned columns', () => {
    expect(overlaySpec({ ...overlay, kind: 'binned' }).description).toMatch(/per bin/);
  });

  it('compiles with Vega-Lite', () => {
    expect(() => compile(overlaySpec(overlay))).not.toThrow();
  });
});
