import type { TopLevelSpec } from 'vega-lite';
import { PRINTED_CHART_CONFIG } from './chart-theme.ts';

/** Charts sized to their container get this width when drawn off-screen. */
const DEFAULT_WIDTH = 640;

/**
 * Draws a Vega-Lite spec to SVG markup off-screen, for the HTML report. Expressions run through
 * Vega's interpreter (ast: true) as in ChartView, so the page's CSP (no 'unsafe-eval') holds.
 * Colours are the light theme's (PRINTED_CHART_CONFIG): the report's figures are white. The namespace
 * declarations are dropped: inline SVG in HTML needs none, and the file then names no URL.
 */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const [{ View, parse }, { compile }, { expressionInterpreter }] = await Promise.all([import('vega'), import('vega-lite'), import('vega-interpreter')]);
  const sized: TopLevelSpec = 'width' in spec && spec.width === 'container' ? { ...spec, width: DEFAULT_WIDTH } : spec;
  const view = new View(parse(compile(sized, { config: PRINTED_CHART_CONFIG }).spec, undefined, { ast: true }), {
    expr: expressionInterpreter,
    renderer: 'none',
  });
  try {
    const svg = await view.toSVG();
    return svg.replace(/^<svg[^>]*>/, (open) => open.replace(/\s+xmlns(:\w+)?="[^"]*"/g, ''));
  } finally {
    view.finalize();
  }
}
