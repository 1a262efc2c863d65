import { cellCount, naturalOrder, type AggregateTable } from './aggregate-table.ts';
import { forEachCell, marginalOf, scaledTo } from './dense-marginal.ts';

/** One source as the reconciliation holds it: on the shared category lists, as shares summing to 1. */
export interface ReconciledTable {
  readonly source: string;
  readonly variables: readonly string[];
  readonly categories: readonly (readonly string[])[];
  readonly shares: Float64Array;
  /** Its say where sources disagree: records behind it × trust. */
  readonly weight: number;
  /** Total variation distance from the source as given to its reconciled shares: how far it had to move. */
  readonly moved: number;
  /** A count table's smallest non-zero cell (its disclosure-control k, in effect); null for a share table. */
  readonly smallestCount: number | null;
}

export interface Reconciliation {
  /** Every variable with its categories (the union over the sources, natural order). */
  readonly variables: readonly { readonly name: string; readonly categories: readonly string[] }[];
  readonly tables: readonly ReconciledTable[];
  /** Variables two or more sources give: each source's marginal against the consensus, as TVD. */
  readonly overlaps: readonly { readonly variables: readonly string[]; readonly sources: readonly { readonly source: string; readonly tvd: number }[] }[];
  /** Pairs of variables no source gives together: the synthetic data carries no evidence on how they go together. */
  readonly unobserved: readonly (readonly [string, string])[];
}

/** A table with how much say it has where sources disagree. */
export interface AggregateSource {
  readonly table: AggregateTable;
  /** Multiplies its weight (default 1): how much more (or less) it is believed than its size says. */
  readonly trust?: number;
  /** The records it speaks for, when not its own sum: a share table's population, a sample's weighted total. */
  readonly total?: number;
}

/** Rounds of adjustment at most; one overlap settles in one. */
const MAX_ROUNDS = 500;
const SETTLED = 1e-12;

/**
 * Aggregate tables from different sources, with different totals, made one
 * consistent set: where sources share variables their marginals there are
 * replaced by a consensus — the mean of the sources' shares weighted by the
 * records behind each (or the total it is said to speak for; × its trust; a
 * share table counts as the mean count table, or 1 without any) — and each source's cells are scaled to it,
 * keeping its conditional distribution given the shared variables (iterative
 * proportional fitting over the overlaps, so chains of overlaps settle too).
 * A category a source lacks but the consensus has gets the source's own
 * distribution of its other variables. Reports how far each source moved.
 */
export function reconcileTables(sources: readonly AggregateSource[]): Reconciliation {
  if (sources.length === 0) throw new RangeError('reconcile: no tables');
  const variables = unifiedVariables(sources.map((s) => s.table));
  const categoriesOf = new Map(variables.map((v) => [v.name, v.categories]));
  const countTotals = sources.filter((s) => s.table.kind === 'count').map((s) => s.table.total);
  const shareEvidence = countTotals.length ? countTotals.reduce((a, b) => a + b, 0) / countTotals.length : 1;
  const tables = sources.map(
    ({ table, trust = 1, total }): { table: AggregateTable; categories: (readonly string[])[]; given: Float64Array; shares: Float64Array; weight: number } => {
      const categories = table.variables.map((v) => categoriesOf.get(v) as readonly string[]);
      const given = onCategories(table, categories);
      return { table, categories, given, shares: given.slice(), weight: (total ?? (table.kind === 'count' ? table.total : shareEvidence)) * trust };
    },
  );

  const overlaps = overlapSets(sources.map((s) => s.table.variables));
  const report = new Map<string, { source: string; tvd: number }[]>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let change = 0;
    for (const shared of overlaps) {
      const holders = tables.filter((t) => shared.every((v) => t.table.variables.includes(v)));
      const keeps = holders.map((t) => shared.map((v) => t.table.variables.indexOf(v)));
      const sizes = (t: (typeof tables)[number]) => t.categories.map((c) => c.length);
      const marginals = holders.map((t, i) => marginalOf(t.shares, sizes(t), keeps[i]));
      const weight = holders.reduce((s, t) => s + t.weight, 0);
      const consensus = new Float64Array(marginals[0].length);
      holders.forEach((t, i) => marginals[i].forEach((m, c) => (consensus[c] += (m * t.weight) / weight)));
      if (round === 0)
        report.set(
          shared.join('\u0000'),
          holders.map((t, i) => ({ source: t.table.source, tvd: tvd(marginals[i], consensus) })),
        );
      holders.forEach((t, i) => {
        change = Math.max(change, ...marginals[i].map((m, c) => Math.abs(m - consensus[c])));
        t.shares = scaledTo(t.shares, { sizes: sizes(t), keep: keeps[i], from: marginals[i], to: consensus });
      });
    }
    if (change < SETTLED) break;
  }
  return {
    variables,
    tables: tables.map((t) => ({
      source: t.table.source,
      variables: t.table.variables,
      categories: t.categories,
      shares: t.shares,
      weight: t.weight,
      moved: tvd(t.given, t.shares),
      smallestCount: t.table.kind === 'count' ? t.table.counts.reduce((m, c) => (c > 0 && c < m ? c : m), Number.POSITIVE_INFINITY) : null,
    })),
    overlaps: overlaps.map((v) => ({ variables: v, sources: report.get(v.join('\u0000')) ?? [] })),
    unobserved: unobservedPairs(
      variables.map((v) => v.name),
      sources.map((s) => s.table.variables),
    ),
  };
}

function unifiedVariables(tables: readonly AggregateTable[]): { name: string; categories: string[] }[] {
  const union = new Map<string, Set<string>>();
  for (const t of tables) t.variables.forEach((v, j) => t.categories[j].forEach((c) => (union.get(v) ?? union.set(v, new Set()).get(v))?.add(c)));
  return [...union].map(([name, set]) => ({ name, categories: [...set].sort(naturalOrder) }));
}

/** A table's shares (summing to 1) on the shared category lists. */
function onCategories(table: AggregateTable, categories: readonly (readonly string[])[]): Float64Array {
  const out = new Float64Array(cellCount(categories));
  const maps = table.categories.map((own, j) => own.map((c) => categories[j].indexOf(c)));
  const sizes = table.categories.map((c) => c.length);
  forEachCell(sizes, [], (flat) => {
    let rest = flat;
    let target = 0;
    let stride = 1;
    for (let j = sizes.length - 1; j >= 0; j--) {
      target += maps[j][rest % sizes[j]] * stride;
      stride *= categories[j].length;
      rest = Math.floor(rest / sizes[j]);
    }
    out[target] = table.counts[flat] / table.total;
  });
  return out;
}

/** Every non-empty intersection of two sources' variable sets, each once (variables in the first holder's order). */
function overlapSets(sets: readonly (readonly string[])[]): string[][] {
  const seen = new Map<string, string[]>();
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const shared = sets[i].filter((v) => sets[j].includes(v));
      if (shared.length > 0) seen.set([...shared].sort().join('\u0000'), shared);
    }
  }
  return [...seen.values()];
}

function tvd(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
  return s / 2;
}

function unobservedPairs(names: readonly string[], sets: readonly (readonly string[])[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      if (!sets.some((s) => s.includes(names[i]) && s.includes(names[j]))) pairs.push([names[i], names[j]]);
    }
  }
  return pairs;
}
