import type { FineMarginal } from '../tables/fine-marginal.ts';
import type { JsonReader } from './json-reader.ts';

export interface FineMarginalJson {
  column: string;
  kind: 'values' | 'bins';
  /** Distinct values (kind "values") or bin edges (kind "bins"). */
  points: number[];
  counts: number[];
  /** Kind "bins": records exactly at each bin's lower edge (point masses); absent when there are none. */
  atEdge?: number[];
}

export function fineMarginalToJson(fine: FineMarginal): FineMarginalJson {
  const points = fine.kind === 'values' ? fine.values : fine.edges;
  const json: FineMarginalJson = { column: fine.column, kind: fine.kind, points: [...points], counts: [...fine.counts] };
  if (fine.kind === 'bins' && fine.atEdge?.some((c) => c > 0)) json.atEdge = [...fine.atEdge];
  return json;
}

/** Reads one entry of stats.json "fine"; `numericColumns` are the columns that may have one. */
export function readFineMarginalJson(r: JsonReader, numericColumns: ReadonlySet<string>): FineMarginal {
  r.object();
  const column = r.at('column').string();
  if (!numericColumns.has(column)) r.at('column').fail(`"${column}" is not an included numeric or datetime column`);
  const kind = r.at('kind').string();
  const points = Float64Array.from(r.at('points').numbers());
  const counts = Float64Array.from(
    r
      .at('counts')
      .array()
      .map((c) => c.count()),
  );
  // A constant column's bins are [v, v], as its axis (disclosure control can leave one value between the trimmed ends).
  const constant = kind === 'bins' && points.length === 2 && points[0] === points[1];
  for (let i = 1; i < points.length && !constant; i++) {
    if (!(points[i] > points[i - 1])) r.at('points').fail(`fine marginal of "${column}": points must increase, got ${points[i - 1]} then ${points[i]}`);
  }
  if (kind === 'values') {
    if (counts.length !== points.length) r.at('counts').fail(`fine marginal of "${column}": ${counts.length} counts for ${points.length} values`);
    return { kind, column, values: points, counts };
  }
  if (kind === 'bins') {
    if (counts.length !== Math.max(0, points.length - 1))
      r.at('counts').fail(`fine marginal of "${column}": ${counts.length} counts for ${points.length} edges`);
    if (!r.has('atEdge')) return { kind, column, edges: points, counts };
    const atEdge = Float64Array.from(
      r
        .at('atEdge')
        .array()
        .map((c) => c.count()),
    );
    if (atEdge.length !== counts.length) r.at('atEdge').fail(`fine marginal of "${column}": ${atEdge.length} point masses for ${counts.length} bins`);
    atEdge.forEach((c, i) => {
      if (c > counts[i]) r.at('atEdge').fail(`fine marginal of "${column}": bin ${i} has ${c} records at its edge but ${counts[i]} in all`);
    });
    return { kind, column, edges: points, counts, atEdge };
  }
  return r.at('kind').fail(`fine marginal of "${column}": kind must be "values" or "bins", got "${kind}"`);
}
