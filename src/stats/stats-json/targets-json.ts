import type { DisclosureReport } from '../privacy/disclosure-report.ts';
import type { DpReport } from '../privacy/dp-report.ts';
import type { AxisJson } from './axis-json.ts';
import type { CopulaJson } from './copula-json.ts';
import type { FineMarginalJson } from './fine-marginal-json.ts';
import type { SchemaJson } from './schema-json.ts';
import type { TableJson } from './table-json.ts';
import type { RelatedJson } from './related-json.ts';

/**
 * The stats.json format: the target tables with the schema, so the loop can run
 * from this file alone (no micro data). Axes are listed once, tables name
 * their columns; counts are row-major (last column fastest).
 *
 * This folder is the format's one home: read a file with targetsFromJson
 * (targets-from-json.ts), write one with targetsToJson (targets-to-json.ts);
 * each block has a file of its own that writes and reads it (axis-json,
 * table-json, schema-json, fine-marginal-json, copula-json, disclosure-json,
 * dp-report-json), all reading through JsonReader.
 */
export const STATS_FORMAT = 'synthor-stats';
export const STATS_VERSION = 1;

export interface TargetsJson {
  format: typeof STATS_FORMAT;
  version: typeof STATS_VERSION;
  rowCount: number;
  schema: SchemaJson;
  axes: AxisJson[];
  tables: TableJson[];
  /** Fine-grained marginals of numeric columns, for sampling inside bins (optional). */
  fine?: FineMarginalJson[];
  /** How numeric columns move together inside their bins (optional). */
  copula?: CopulaJson;
  /** What disclosure control pooled and suppressed (counts only). */
  disclosure?: DisclosureReport;
  /** Differential privacy: what was spent and guaranteed. */
  dp?: DpReport;
  /** Records are parents holding their children (households and members): how to write both tables back. */
  related?: RelatedJson;
}
