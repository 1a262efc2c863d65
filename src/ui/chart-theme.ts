import type { Config } from 'vega-lite';

/** The theme's chart tokens (theme.css), as the element under them computes them; '' when absent. */
function token(el: Element, name: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim();
}

/**
 * A Vega-Lite config from the page's theme: the chart's background, text, grid and axis lines take
 * the --syn-chart-* tokens, so a chart reads in the dark theme as in the light one. Without the
 * theme's stylesheet (a test page) the tokens are empty and the config is Vega-Lite's own.
 */
export function chartConfig(el: Element): Config {
  const background = token(el, '--syn-chart-bg');
  const text = token(el, '--syn-chart-text');
  const muted = token(el, '--syn-chart-muted');
  const grid = token(el, '--syn-chart-grid');
  const domain = token(el, '--syn-chart-domain');
  if (!background || !text) return {};
  return {
    background,
    view: { stroke: grid },
    title: { color: text },
    axis: { labelColor: muted, titleColor: text, gridColor: grid, domainColor: domain, tickColor: domain },
    legend: { labelColor: muted, titleColor: text, symbolBaseStrokeColor: muted },
  };
}
