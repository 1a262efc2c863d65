import type { JsonReader } from './json-reader.ts';
import type { DpReport } from '../privacy/dp-report.ts';

/** Reads the "dp" block of stats.json. */
export function readDpReportJson(r: JsonReader): DpReport {
  r.object();
  const text = r.at('mechanism').string();
  const mechanism = text === 'laplace' || text === 'gaussian' ? text : r.at('mechanism').fail(`must be "laplace" or "gaussian", got "${text}"`);
  const unitText = r.at('unit').string();
  const unit = unitText === 'epsilon' || unitText === 'rho' ? unitText : r.at('unit').fail(`must be "epsilon" or "rho", got "${unitText}"`);
  const measured = (key: string, name: string) =>
    r
      .at(key)
      .array()
      .map((e) => ({ name: e.object().at(name).string(), share: e.at('share').count(), noise: e.at('noise').count() }));
  return {
    mechanism,
    epsilon: r.at('epsilon').count(),
    delta: r.at('delta').count(),
    unit,
    total: r.at('total').count(),
    histograms: measured('histograms', 'column').map(({ name, ...m }) => ({ column: name, ...m })),
    ...(r.has('structure') ? { structure: { share: r.at('structure').object().at('share').count() } } : {}),
    tables: measured('tables', 'table').map(({ name, ...m }) => ({ table: name, ...m })),
    guarantee: r.at('guarantee').string(),
  };
}
