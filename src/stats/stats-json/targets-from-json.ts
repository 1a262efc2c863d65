import type { Axis } from '../tables/axis.ts';
import type { Targets } from '../tables/targets.ts';
import { readAxisJson } from './axis-json.ts';
import { checkMarginsAgree } from './check-margins-agree.ts';
import { readCopulaJson } from './copula-json.ts';
import { readDisclosureJson } from './disclosure-json.ts';
import { readDpReportJson } from './dp-report-json.ts';
import { readFineMarginalJson } from './fine-marginal-json.ts';
import { JsonReader } from './json-reader.ts';
import { readSchemaJson } from './schema-json.ts';
import { MAX_ROW_COUNT } from './stats-json-limits.ts';
import { readTableJson } from './table-json.ts';
import { readRelatedJson } from './related-json.ts';
import { STATS_FORMAT, STATS_VERSION } from './targets-json.ts';

/**
 * Parses and checks parsed stats.json (the one way to read the format); any
 * inconsistency is an InputError naming `source` and the table.
 */
export function targetsFromJson(value: unknown, source = 'stats.json'): Targets {
  const r = new JsonReader(source, '', value).object();
  const format = r.at('format').string();
  if (format !== STATS_FORMAT) r.at('format').fail(`expected "${STATS_FORMAT}", got "${format}"; is this a synth stats file?`);
  const version = r.at('version').number();
  if (version !== STATS_VERSION) r.at('version').fail(`version ${version} is not supported (this synth reads version ${STATS_VERSION})`);
  const rowCount = r.at('rowCount').count();
  if (rowCount === 0)
    r.at('rowCount').fail('0 records; a stats file describes at least one, so nothing can be synthesised from it; write it again with synth stats');
  if (rowCount > MAX_ROW_COUNT)
    r.at('rowCount').fail(
      `${rowCount} records, more than the ${MAX_ROW_COUNT.toLocaleString('en')} up to which counts stay exact; write it again with synth stats`,
    );
  const schema = readSchemaJson(r.at('schema'));
  const columns = new Map(schema.columns.map((c) => [c.name, c]));
  const axisByName = new Map<string, Axis>();
  for (const ar of r.at('axes').array()) {
    const axis = readAxisJson(ar, columns);
    if (axisByName.has(axis.column)) ar.fail(`column "${axis.column}" has two axes`);
    axisByName.set(axis.column, axis);
  }
  for (const c of schema.columns) if (c.included && !axisByName.has(c.name)) r.at('axes').fail(`included column "${c.name}" has no axis`);
  let cellsBefore = 0;
  const tables = r
    .at('tables')
    .array()
    .map((tr) => {
      const table = readTableJson(tr, { axisByName, rowCount, cellsBefore });
      cellsBefore += table.counts.length;
      return table;
    });
  const numeric = new Set([...axisByName.values()].filter((a) => a.kind === 'binned').map((a) => a.column));
  const fine =
    (value as { fine?: unknown }).fine === undefined
      ? undefined
      : r
          .at('fine')
          .array()
          .map((fr) => readFineMarginalJson(fr, numeric));
  const copula = r.has('copula') ? readCopulaJson(r.at('copula'), numeric) : undefined;
  const disclosure = (value as { disclosure?: unknown }).disclosure === undefined ? undefined : readDisclosureJson(r.at('disclosure'));
  const dp = (value as { dp?: unknown }).dp === undefined ? undefined : readDpReportJson(r.at('dp'));
  const related = r.has('related') ? readRelatedJson(r.at('related'), schema) : undefined;
  checkMarginsAgree({ tables: r.at('tables'), read: tables, rowCount, ...(disclosure ? { disclosure } : {}), dp: dp !== undefined });
  return {
    schema,
    rowCount,
    axes: [...axisByName.values()],
    tables,
    ...(fine ? { fine } : {}),
    ...(copula ? { copula } : {}),
    ...(disclosure ? { disclosure } : {}),
    ...(dp ? { dp } : {}),
    ...(related ? { related } : {}),
  };
}
