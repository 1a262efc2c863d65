import type { JsonReader } from './json-reader.ts';
import type { DisclosureReport } from '../privacy/disclosure-report.ts';

/** Reads the "disclosure" block of stats.json. */
export function readDisclosureJson(r: JsonReader): DisclosureReport {
  r.object();
  return {
    minCount: r.at('minCount').count(),
    pooledCategories: r
      .at('pooledCategories')
      .array()
      .map((p) => ({ column: p.object().at('column').string(), categories: p.at('categories').count() })),
    suppressedCells: r
      .at('suppressedCells')
      .array()
      .map((p) => ({ table: p.object().at('table').string(), cells: p.at('cells').count(), records: p.at('records').count() })),
  };
}
