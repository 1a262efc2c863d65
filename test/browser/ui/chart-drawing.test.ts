import { afterEach, describe, expect, it } from 'vitest';
import { ChartDrawing } from '../../../src/ui/chart-drawing.ts';
import { convergenceSpec, type ConvergencePoint } from '../../../src/ui/charts/convergence-spec.ts';
import { tableTvdSpec } from '../../../src/ui/charts/table-tvd-spec.ts';
import { until } from '../until.ts';

const points = (n: number): ConvergencePoint[] =>
  Array.from({ length: n }, (_, i) => ({ iteration: i + 1, meanTvd: 0.5 / (i + 1), phase: i < 2 ? 'add' : 'refine' }));
/** The point marks of the convergence chart (one per iteration). */
const symbols = (el: HTMLElement) => el.querySelectorAll('g.mark-symbol.role-mark path').length;

describe('ChartDrawing', () => {
  const drawings: ChartDrawing[] = [];
  afterEach(() => {
    drawings.splice(0).forEach((d) => d.end());
    document.body.replaceChildren();
  });

  function drawingIn(): { el: HTMLElement; drawing: ChartDrawing } {
    const el = document.createElement('div');
    el.style.width = '600px';
    document.body.append(el);
    const drawing = new ChartDrawing(el);
    drawings.push(drawing);
    return { el, drawing };
  }

  it('draws only the latest of specs replaced before their turn', async () => {
    const { el, drawing } = drawingIn();
    for (let n = 1; n <= 5; n++) drawing.show(convergenceSpec(points(n)));
    await until(() => symbols(el) === 5, 'five points');
    expect(el.querySelectorAll('svg')).toHaveLength(1);
  });

  it('swaps the data of the drawn view when only the values changed, and embeds afresh otherwise', async () => {
    const { el, drawing } = drawingIn();
    drawing.show(convergenceSpec(points(3)));
    await until(() => symbols(el) === 3, 'three points');
    const first = el.querySelector('svg');
    drawing.show(convergenceSpec(points(7)));
    await until(() => symbols(el) === 7, 'seven points');
    // The same view, with new data: no compile, no new SVG.
    expect(el.querySelector('svg')).toBe(first);

    drawing.show(tableTvdSpec([{ table: 'a', tvd: 0.2 }]));
    await until(() => el.querySelectorAll('g.mark-rect.role-mark path').length === 1, 'one bar');
    expect(el.querySelector('svg')).not.toBe(first);
    expect(symbols(el)).toBe(0);
  });

  it('draws nothing once ended', async () => {
    const { el, drawing } = drawingIn();
    const { el: other, drawing: control } = drawingIn();
    drawing.show(convergenceSpec(points(2)));
    drawing.end();
    // A chart queued after it draws, so the ended one had its turn.
    control.show(convergenceSpec(points(2)));
    await until(() => symbols(other) === 2, 'the control chart');
    expect(el.childElementCount).toBe(0);
  });
});
