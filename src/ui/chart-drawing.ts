import type { View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { chartConfig } from './chart-theme.ts';

/** Vega is most of the bundle: it loads with the first chart, not with the page. */
let vega: Promise<[typeof import('vega'), typeof import('vega-lite'), typeof import('vega-interpreter'), typeof import('vega-tooltip')]> | null = null;
const loadVega = () => (vega ??= Promise.all([import('vega'), import('vega-lite'), import('vega-interpreter'), import('vega-tooltip')]));

/** A chart's inline data goes under this name, so a redraw with new values only swaps the data. */
const DATA = 'chart';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// Charts draw one at a time, each in a task of its own, and only once Vega is loaded: the charts that
// waited for the import would otherwise all draw in the task that finished it, one long block.
let queue: Promise<void> = Promise.resolve();
function inTaskOfItsOwn(draw: () => Promise<void>): void {
  queue = queue
    .then(loadVega)
    .then(nextTask)
    .then(draw)
    // Reported as the page's error (as an unhandled rejection was), and the next chart still draws.
    .catch((e: unknown) => reportError(e));
}

/** The spec without its inline values (what decides whether swapping the data is enough), and the values. */
function splitData(spec: TopLevelSpec): { shape: string; values: unknown[] | null; named: TopLevelSpec } {
  const data = (spec as { data?: { values?: unknown } }).data;
  if (!data || !Array.isArray(data.values) || Object.keys(data).length !== 1) return { shape: '', values: null, named: spec };
  return { shape: JSON.stringify({ ...spec, data: null }), values: data.values, named: { ...spec, data: { name: DATA, values: data.values } } as TopLevelSpec };
}

/**
 * One chart on the page, redrawn as its spec changes (every iteration during a run). A spec replaced
 * before its turn is never drawn. When only the inline data changed, the drawn view gets the new
 * values; otherwise (or the first time) the spec is compiled and embedded afresh.
 */
export class ChartDrawing {
  readonly #container: HTMLElement;
  #wanted: TopLevelSpec | null = null;
  #queued = false;
  #view: View | null = null;
  #shape = '';
  /** Bumped by restyle(); a view drawn under an older one is drawn afresh, never only given new data. */
  #style = 0;
  #viewStyle = -1;
  #ended = false;

  constructor(container: HTMLElement) {
    this.#container = container;
  }

  show(spec: TopLevelSpec): void {
    this.#wanted = spec;
    if (this.#queued || this.#ended) return;
    this.#queued = true;
    inTaskOfItsOwn(() => this.#drawWanted());
  }

  /** Draws the latest spec afresh, in the theme's colours as they are now (the colour scheme changed). */
  restyle(): void {
    this.#style++;
    if (this.#wanted) this.show(this.#wanted);
  }

  /** Stops drawing and releases the view (the component is gone). */
  end(): void {
    this.#ended = true;
    this.#view?.finalize();
    this.#view = null;
  }

  async #drawWanted(): Promise<void> {
    this.#queued = false;
    const spec = this.#wanted;
    if (!spec || this.#ended) return;
    const { shape, values, named } = splitData(spec);
    // Read before drawing: a restyle while this draw is under way (its colours already read) queues another.
    const style = this.#style;
    if (this.#view && values && shape === this.#shape && this.#viewStyle === style) {
      await this.#view.data(DATA, values).runAsync();
      return;
    }
    this.#view?.finalize();
    this.#view = null;
    const view = await this.#embed(named);
    if (!view) return;
    if (this.#ended) {
      view.finalize();
      return;
    }
    this.#view = view;
    this.#shape = shape;
    this.#viewStyle = style;
  }

  /**
   * A fresh view in three tasks (compile, parse, then build and render), so a first chart never
   * blocks the page for their sum. The page's CSP has no 'unsafe-eval': Vega expressions run
   * through its interpreter (ast: true); tooltips as vega-embed gave them. Colours come from the
   * page's theme (chart-theme.ts).
   */
  async #embed(spec: TopLevelSpec): Promise<View | null> {
    const [{ parse, View }, { compile }, { expressionInterpreter }, { Handler }] = await loadVega();
    const compiled = compile(spec, { config: chartConfig(this.#container) }).spec;
    await nextTask();
    if (this.#ended) return null;
    const runtime = parse(compiled, undefined, { ast: true });
    await nextTask();
    if (this.#ended) return null;
    const view = new View(runtime, { expr: expressionInterpreter, renderer: 'svg', container: this.#container, hover: true });
    view.tooltip(new Handler().call);
    await view.runAsync();
    return view;
  }
}
