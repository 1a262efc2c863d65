import type { NumericCopula } from '../dependence/normal-score-copula.ts';
import type { JsonReader } from './json-reader.ts';

export interface CopulaJson {
  columns: string[];
  /** Row-major, columns × columns. */
  correlation: number[];
}

export function copulaToJson(copula: NumericCopula): CopulaJson {
  return { columns: [...copula.columns], correlation: [...copula.correlation] };
}

/** Reads stats.json "copula": numeric columns with axes, a symmetric matrix with a unit diagonal and entries in [−1, 1]. */
export function readCopulaJson(r: JsonReader, numericColumns: ReadonlySet<string>): NumericCopula {
  r.object();
  const columns = r.at('columns').strings();
  columns.forEach((c, i) => {
    if (!numericColumns.has(c)) r.at('columns').at(i).fail(`"${c}" is not an included numeric or datetime column`);
  });
  if (new Set(columns).size !== columns.length) r.at('columns').fail('a column is named twice');
  const k = columns.length;
  const correlation = Float64Array.from(r.at('correlation').numbers());
  if (correlation.length !== k * k) r.at('correlation').fail(`${correlation.length} entries for ${k} columns; it needs ${k * k} (row-major)`);
  for (let a = 0; a < k; a++) {
    if (correlation[a * k + a] !== 1) r.at('correlation').fail(`the diagonal must be 1, got ${correlation[a * k + a]} for "${columns[a]}"`);
    for (let b = 0; b < k; b++) {
      const v = correlation[a * k + b];
      if (!(v >= -1 && v <= 1)) r.at('correlation').fail(`"${columns[a]}" × "${columns[b]}" is ${v}; a correlation lies in [−1, 1]`);
      if (v !== correlation[b * k + a])
        r.at('correlation').fail(`"${columns[a]}" × "${columns[b]}" is ${v} one way and ${correlation[b * k + a]} the other; the matrix must be symmetric`);
    }
  }
  return { columns, correlation };
}
