import type { FineMarginal } from './fine-marginal.ts';
import type { JsonReader } from './json-reader.ts';

export interface FineMarginalJson {
  column: string;
  kind: 'values' | 'bins';
  /** Distinct values (kind "values") or bin edges (kind "bins"). */
  points: number[];
  counts: number[];
}

export function fineMarginalToJson(fine: FineMarginal): FineMarginalJson {
  const points = fine.kind === 'values' ? fine.values : fine.edges;
  return { column: fine.column, kind: fine.kind, points: [...points], counts: [...fine.counts] };
}

/** Reads one entry of stats.json "fine"; `numericColumns` are the columns that may have one. */
export function readFineMarginalJson(r: JsonReader, numericColumns: ReadonlySet<string>): FineMarginal {
  r.object();
  const column = r.at('column').string();
  if (!numericColumns.has(column)) r.at('column').fail(`"${column}" is not an included numeric or datetime column`);
  const kind = r.at('kind').string();
  const points = Float64Array.from(r.at('points').numbers());
  const counts = Float64Array.from(r.at('counts').array().map((c) => c.count()));
  for (let i = 1; i < points.length; i++) {
    if (!(points[i] > points[i - 1])) r.at('points').fail(`fine marginal of "${column}": points must increase, got ${points[i - 1]} then ${points[i]}`);
  }
  if (kind === 'values') {
    if (counts.length !== points.length) r.at('counts').fail(`fine marginal of "${column}": ${counts.length} counts for ${points.length} values`);
    return { kind, column, values: points, counts };
  }
  if (kind === 'bins') {
    if (counts.length !== Math.max(0, points.length - 1)) r.at('counts').fail(`fine marginal of "${column}": ${counts.length} counts for ${points.length} edges`);
    return { kind, column, edges: points, counts };
  }
  return r.at('kind').fail(`fine marginal of "${column}": kind must be "values" or "bins", got "${kind}"`);
}
