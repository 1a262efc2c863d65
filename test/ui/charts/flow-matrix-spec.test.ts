import { describe, expect, it, vi } from 'vitest';
import { compile } from 'vega-lite';
import { AFTER_PANEL, BEFORE_PANEL, flowMatrixSpec } from '../../../src/ui/charts/flow-matrix-spec.ts';
import type { FlowMatrix } from '../../../src/workers/synth-api.ts';

const flows: FlowMatrix = {
  origin: 'origin',
  destination: 'destination',
  origins: ['ATL', 'LAS'],
  destinations: ['ATL', 'BOS', 'LAS'],
  synthetic: [0, 0.2, 0.1, 0.3, 0.4, 0],
  before: [0, 0.25, 0.05, 0.3, 0.4, 0],
};

describe('flowMatrixSpec', () => {
  it('has one cell per origin × destination, row-major, in each panel: before the scenario, then the synthetic rows', () => {
    const values = (flowMatrixSpec(flows).data as { values: { origin: string; destination: string; share: number; panel: string }[] }).values;
    expect(values).toHaveLength(12);
    expect(values[2]).toEqual({ origin: 'ATL', destination: 'LAS', share: 0.05, panel: BEFORE_PANEL });
    expect(values[9]).toEqual({ origin: 'LAS', destination: 'ATL', share: 0.3, panel: AFTER_PANEL });
  });

  it('draws rects faceted by panel with the categories in the order given, and only the synthetic panel without a scenario', () => {
    expect(JSON.parse(JSON.stringify(flowMatrixSpec(flows)))).toMatchObject({
      facet: { column: { field: 'panel', sort: [BEFORE_PANEL, AFTER_PANEL] } },
      spec: { mark: { type: 'rect' }, encoding: { x: { field: 'destination', sort: ['ATL', 'BOS', 'LAS'] }, y: { field: 'origin', sort: ['ATL', 'LAS'] } } },
    });
    const alone = (flowMatrixSpec({ ...flows, before: null }).data as { values: { panel: string }[] }).values;
    expect(new Set(alone.map((v) => v.panel))).toEqual(new Set([AFTER_PANEL]));
  });

  it('compiles with Vega-Lite, without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => compile(flowMatrixSpec(flows))).not.toThrow();
    expect(() => compile(flowMatrixSpec({ ...flows, before: null }))).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
