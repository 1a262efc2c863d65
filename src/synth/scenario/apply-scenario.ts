import { forEachCell, marginalOf, scaledTo } from '../../stats/aggregates/dense-marginal.ts';
import { InputError } from '../../stats/input-error.ts';
import type { Axis } from '../../stats/tables/axis.ts';
import type { Table } from '../../stats/tables/table.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import type { Condition } from '../rules/rule.ts';
import type { Scenario } from './scenario.ts';

/** What a scenario does to the targets: the target records' share of the context, before and after. */
export interface ScenarioEffect {
  readonly text: string;
  /** The table it was read from (the smallest holding every column it names). */
  readonly table: string;
  readonly before: number;
  readonly after: number;
  /** Per table axis (the base table's), the cells the context and the target select; for measuring synthetic data the same way. */
  readonly selection: { readonly axes: readonly string[]; readonly context: readonly (readonly number[])[]; readonly target: readonly (readonly number[])[] };
}

/**
 * The targets a what-if asks for (scenario.ts): in every table holding all
 * the columns the scenario names, the matching cells are scaled by its factor
 * and the rest of the context by what keeps the context's total; every other
 * table follows through the columns it shares with the smallest such table,
 * keeping its own distribution given them (as reconciling does). Applied
 * before the loop, so the synthetic records fit the scenario as they fit any
 * target. Refused when no one table holds every column named.
 */
export function applyScenario(targets: Targets, scenario: Scenario): { targets: Targets; effect: ScenarioEffect } {
  const named = [...new Set([...scenario.target, ...scenario.context].map((c) => c.column))];
  const holders = targets.tables.filter((t) => named.every((n) => t.axes.some((a) => a.column === n)));
  if (holders.length === 0) {
    throw new InputError(
      `scenario "${scenario.text}": no table gives ${named.join(' and ')} together, so the data say nothing about how they go together; name columns one table holds`,
    );
  }
  const base = holders.reduce((a, b) => (b.counts.length < a.counts.length ? b : a));
  const edited = new Map(holders.map((t) => [t, edit(t, scenario)]));
  const baseAfter = edited.get(base) as Table;
  const tables = followEdits(targets.tables, edited);
  const selection = {
    axes: base.axes.map((a) => a.column),
    context: cellsOf(base, scenario.context, scenario.text),
    target: cellsOf(base, scenario.target, scenario.text),
  };
  const share = (t: Table) => selectedShare(t, selection);
  return {
    targets: { ...targets, tables },
    effect: {
      text: scenario.text,
      table: base.axes.map((a) => a.column).join(' × '),
      before: share(base),
      after: share(baseAfter),
      selection,
    },
  };
}

/** The target cells' share of the context cells in a table on the selection's axes (the base table, or synthetic data counted into it). */
export function selectedShare(table: Table, selection: ScenarioEffect['selection']): number {
  let context = 0;
  let target = 0;
  forEachCell(table.shape as number[], [], (flat) => {
    if (!inside(table, flat, selection.context)) return;
    context += table.counts[flat];
    if (inside(table, flat, selection.target)) target += table.counts[flat];
  });
  return context > 0 ? target / context : 0;
}

/** Per axis of `table`, the cells the conditions allow (every cell where none speaks of the axis). */
function cellsOf(table: Table, conditions: readonly Condition[], text: string): number[][] {
  const fail = (problem: string) => new InputError(`scenario "${text}": ${problem}`);
  return table.axes.map((axis) => {
    let cells = axis.labels.map((_, i) => i);
    for (const c of conditions.filter((x) => x.column === axis.column)) {
      if (axis.kind !== 'categorical') throw fail(`"${c.column}" is numeric; a scenario selects categories (column = value, column in {a, b})`);
      const negated = c.kind === 'in' ? c.negated : c.op === '!=';
      if (c.kind === 'compare' && c.op !== '=' && c.op !== '!=') throw fail(`"${c.column}" is categorical; use = != or in {…}, not ${c.op}`);
      const wanted = c.kind === 'in' ? c.values : [String(c.value)];
      const picked = new Set(
        wanted.map((label) => {
          const cell = axis.labels.indexOf(label);
          if (cell < 0)
            throw fail(
              `"${c.column}" has no category "${label}" (categories: ${axis.categories.slice(0, 20).join(', ')}${axis.categories.length > 20 ? ', …' : ''})`,
            );
          return cell;
        }),
      );
      cells = cells.filter((i) => picked.has(i) !== negated);
    }
    return cells;
  });
}

function inside(table: Table, flat: number, cells: readonly (readonly number[])[]): boolean {
  let rest = flat;
  for (let j = table.shape.length - 1; j >= 0; j--) {
    if (!cells[j].includes(rest % table.shape[j])) return false;
    rest = Math.floor(rest / table.shape[j]);
  }
  return true;
}

/** A table holding every named column, edited: target × factor, the rest of the context × what keeps its total. */
function edit(table: Table, scenario: Scenario): Table {
  const context = cellsOf(table, scenario.context, scenario.text);
  const target = cellsOf(table, scenario.target, scenario.text);
  let inContext = 0;
  let inTarget = 0;
  const counts = table.counts;
  for (let flat = 0; flat < counts.length; flat++) {
    if (!inside(table, flat, context)) continue;
    inContext += counts[flat];
    if (inside(table, flat, target)) inTarget += counts[flat];
  }
  const rest = inContext - inTarget;
  // The rest of the context gives up (or takes) what the target gains (or loses); never below nothing.
  const others = rest > 0 ? Math.max(0, (inContext - scenario.factor * inTarget) / rest) : 1;
  const out = new Float64Array(counts.length);
  let total = 0;
  for (let flat = 0; flat < counts.length; flat++) {
    const scale = !inside(table, flat, context) ? 1 : inside(table, flat, target) ? scenario.factor : others;
    out[flat] = counts[flat] * scale;
    total += out[flat];
  }
  // Where the context cannot keep its total (the target outgrew it), the whole table is scaled back to its own.
  if (total > 0) for (let i = 0; i < out.length; i++) out[i] *= table.total / total;
  return { ...table, counts: out };
}

/** Proportional-fitting rounds per table at most, and the change in counts below which it has settled. */
const FIT_ROUNDS = 50;
const SETTLED = 1e-9;

/**
 * Every table after the edit: the edited ones as they are; each other one,
 * in the order of how far it is from an edited table (tables linked by a
 * shared column), fitted by proportional fitting to the marginals it shares
 * with tables nearer the edit — so a column the scenario does not name
 * follows through the tables that join it to the named ones (doubling one
 * species changes how beak lengths are spread), and tables with no link to
 * the named columns stay as they were.
 */
function followEdits(tables: readonly Table[], edited: ReadonlyMap<Table, Table>): Table[] {
  const linked = (t: Table, u: Table) => t.axes.some((a) => u.axes.some((b) => sameAxis(a, b)));
  const layer = new Map<Table, number>([...edited.keys()].map((t) => [t, 0]));
  for (let depth = 0; layer.size < tables.length; depth++) {
    const frontier = tables.filter((t) => layer.get(t) === depth);
    if (frontier.length === 0) break;
    for (const t of tables) {
      if (!layer.has(t) && frontier.some((u) => linked(t, u))) layer.set(t, depth + 1);
    }
  }
  const after = new Map<Table, Table>(edited);
  const order = tables.filter((t) => !edited.has(t) && layer.has(t)).sort((a, b) => (layer.get(a) as number) - (layer.get(b) as number));
  for (const t of order) {
    const sources = tables.filter((u) => (layer.get(u) as number) < (layer.get(t) as number) && linked(t, u));
    after.set(
      t,
      fitTo(
        t,
        sources.map((u) => after.get(u) as Table),
      ),
    );
  }
  return tables.map((t) => after.get(t) ?? t);
}

/** A table scaled, round after round, to each source's marginal over the columns they share (its total kept). */
function fitTo(table: Table, sources: readonly Table[]): Table {
  const sizes = (t: Table) => t.shape as number[];
  const links = sources.map((u) => {
    const shared = table.axes.map((a, j) => ({ j, k: u.axes.findIndex((b) => sameAxis(a, b)) })).filter((p) => p.k >= 0);
    const wanted = marginalOf(
      u.counts,
      sizes(u),
      shared.map((p) => p.k),
    );
    const scale = table.total / (u.total || 1);
    return { keep: shared.map((p) => p.j), to: wanted.map((v) => v * scale) };
  });
  let counts = table.counts;
  for (let round = 0; round < FIT_ROUNDS; round++) {
    let change = 0;
    for (const link of links) {
      const from = marginalOf(counts, sizes(table), link.keep);
      from.forEach((v, i) => (change = Math.max(change, Math.abs(v - link.to[i]))));
      counts = scaledTo(counts, { sizes: sizes(table), keep: link.keep, from, to: link.to });
    }
    if (change < SETTLED * (table.total || 1)) break;
  }
  return { ...table, counts };
}

/** The same column on the same cells: a table may hold a column on coarser bins (joint-group.ts), which cannot be matched cell by cell. */
function sameAxis(a: Axis, b: Axis): boolean {
  return a === b || (a.column === b.column && a.labels.length === b.labels.length && a.labels.every((l, i) => l === b.labels[i]));
}
