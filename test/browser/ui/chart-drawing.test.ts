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

  it('a restyle while a draw is under way still ends in the new colours, data swaps after it included', async () => {
    const { el, drawing } = drawingIn();
    const theme = (bg: string, text: string) => {
      el.style.setProperty('--syn-chart-bg', bg);
      el.style.setProperty('--syn-chart-text', text);
    };
    const background = () => el.querySelector('svg')?.style.backgroundColor ?? '';
    theme('rgb(16, 19, 26)', 'rgb(213, 218, 227)');
    // The moment the draw reads its colours, the theme turns light and the next iteration's data arrives (only
    // values change, which alone would reuse the view): both land while that draw is still under way.
    const read = window.getComputedStyle;
    let armed = true;
    window.getComputedStyle = (elt: Element, pseudo?: string | null) => {
      if (armed && elt === el) {
        armed = false;
        queueMicrotask(() => {
          theme('rgb(255, 255, 255)', 'rgb(20, 24, 32)');
          drawing.restyle();
          drawing.show(convergenceSpec(points(4)));
        });
      }
      return read.call(window, elt, pseudo);
    };
    try {
      drawing.show(convergenceSpec(points(3)));
      await until(() => symbols(el) === 4 && background() === 'rgb(255, 255, 255)', 'four points in the light colours');
    } finally {
      window.getComputedStyle = read;
    }
    expect(armed).toBe(false);
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
