import { describe, expect, it, vi } from 'vitest';
import { compile } from 'vega-lite';
import { AFTER_SERIES, BEFORE_SERIES, timeProfileSpec } from '../../../src/ui/charts/time-profile-spec.ts';
import type { TimeProfile } from '../../../src/workers/synth-api.ts';

const profile: TimeProfile = { column: 'time_bin', labels: ['00-06', '06-09', '20-24'], before: [0.2, 0.5, 0.3], after: [0.21, 0.49, 0.3] };

describe('timeProfileSpec', () => {
  it('has the targets before and the synthetic rows per label, labels kept in time order', () => {
    const spec = timeProfileSpec(profile);
    expect((spec.data as { values: unknown[] }).values.slice(0, 2)).toEqual([
      { label: '00-06', series: BEFORE_SERIES, share: 0.2 },
      { label: '00-06', series: AFTER_SERIES, share: 0.21 },
    ]);
    expect(JSON.parse(JSON.stringify(spec))).toMatchObject({
      mark: { type: 'line', point: true },
      encoding: { x: { field: 'label', sort: ['00-06', '06-09', '20-24'] }, color: { scale: { domain: [BEFORE_SERIES, AFTER_SERIES] } } },
    });
  });

  it('compiles with Vega-Lite, without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => compile(timeProfileSpec(profile))).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
