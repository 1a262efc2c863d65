import type { DisclosureReport, DpReport } from '../workers/synth-api.ts';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What disclosure control did to the targets, in plain sentences (counts only, never a category name). */
export function disclosureText(report: DisclosureReport): { summary: string; pooled: string[]; suppressed: string[] } {
  const k = report.minCount;
  const pooled = report.pooledCategories
    .filter((p) => p.categories > 0)
    .map((p) => `${p.column}: ${count(p.categories, 'category', 'categories')} with fewer than ${k} records pooled into “(other)”`);
  const suppressed = report.suppressedCells
    .filter((s) => s.cells > 0)
    .map((s) => `${s.table}: ${count(s.cells, 'cell')} with 1–${k - 1} records set to zero (${count(s.records, 'record')} spread over the rest of the table)`);
  const summary =
    pooled.length === 0 && suppressed.length === 0
      ? `Disclosure control (k = ${k}): every category and cell already had at least ${k} records; nothing was pooled or suppressed.`
      : `Disclosure control (k = ${k}): no category or cell in the targets the planner saw stands for fewer than ${k} records.`;
  return { summary, pooled, suppressed };
}

/** The differential-privacy guarantee and where its budget went, in plain sentences. */
export function dpText(report: DpReport): { summary: string; spent: string[] } {
  const mechanism = report.mechanism === 'laplace' ? 'Laplace noise (scale b)' : 'Gaussian noise (σ)';
  const delta = report.delta > 0 ? `, δ = ${report.delta}` : '';
  const unit = report.unit === 'rho' ? 'ρ' : 'ε';
  const share = (s: number) => `${unit} = ${s.toPrecision(3)}`;
  const spent = [
    ...report.histograms.map((h) => `histogram of ${h.column}: ${share(h.share)}, noise ${h.noise.toPrecision(3)}`),
    ...(report.structure ? [`choosing the pair tables: ${share(report.structure.share)}`] : []),
    ...report.tables.map((t) => `${t.table}: ${share(t.share)}, noise ${t.noise.toPrecision(3)}`),
  ];
  const total = report.unit === 'rho' ? ` (ρ = ${report.total.toPrecision(3)} in zero-concentrated DP)` : '';
  return { summary: `${report.guarantee} Total budget ε = ${report.epsilon}${delta}${total}, spent with ${mechanism}:`, spent };
}
