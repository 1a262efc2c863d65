import type { Config } from 'vega-lite';

/** The theme's chart tokens (theme.css), as the element under them computes them; '' when absent. */
function token(el: Element, name: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim();
}

/**
 * A Vega-Lite config from the page's theme: the chart's background, text, grid and axis lines take
 * the --syn-chart-* tokens, so a chart reads in the dark theme as in the light one. The tokens are
 * those of the theme in force: theme.css keys them on data-theme on <html> first (ThemeSwitch), then
 * on the system's preference, and ChartView redraws when either changes (theme-choice.ts). Heatmaps
 * take their ramps from the theme too (the `heatmap` and `diverging` ranges), their faintest cells just
 * off the background. Without the theme's stylesheet (a test page) the tokens are empty and the config
 * is Vega-Lite's own.
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
    header: { labelColor: text, titleColor: text },
    ...heatRanges(el),
  };
}

/** The heatmap ramps: weak to strong, and negative through none to positive. */
function heatRanges(el: Element): Config {
  const low = token(el, '--syn-chart-heat-low');
  const high = token(el, '--syn-chart-heat-high');
  const negative = token(el, '--syn-chart-heat-negative');
  if (!low || !high || !negative) return {};
  return { range: { heatmap: [low, high], diverging: [negative, low, high] } };
}

/**
 * The config of charts drawn for the HTML report (chart-svg.ts): always the light theme's ramps, since
 * the report's figures are white on screen and on paper. The values are theme.css's light tokens.
 */
export const PRINTED_CHART_CONFIG: Config = { range: { heatmap: ['#e4ebf7', '#1b4a8f'], diverging: ['#b4541a', '#e4ebf7', '#1b4a8f'] } };
