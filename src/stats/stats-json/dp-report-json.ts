import type { JsonReader } from './json-reader.ts';
import type { DpReport } from '../privacy/dp-report.ts';

/** Reads the "dp" block of stats.json. */
export function readDpReportJson(r: JsonReader): DpReport {
  r.object();
  const text = r.at('mechanism').string();
  const mechanism = text === 'laplace' || text === 'gaussian' ? text : r.at('mechanism').fail(`must be "laplace" or "gaussian", got "${text}"`);
  return {
    mechanism,
    epsilon: r.at('epsilon').count(),
    delta: r.at('delta').count(),
    edges: r.at('edges').array().map((e) => ({ column: e.object().at('column').string(), epsilon: e.at('epsilon').count() })),
    ...(r.has('structure') ? { structure: { epsilon: r.at('structure').object().at('epsilon').count() } } : {}),
    tables: r
      .at('tables')
      .array()
      .map((t) => ({ table: t.object().at('table').string(), epsilon: t.at('epsilon').count(), delta: t.at('delta').count(), noise: t.at('noise').count() })),
    guarantee: r.at('guarantee').string(),
  };
}
