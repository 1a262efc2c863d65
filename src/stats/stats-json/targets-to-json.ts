import type { Targets } from '../tables/targets.ts';
import { axisToJson } from './axis-json.ts';
import { copulaToJson } from './copula-json.ts';
import { fineMarginalToJson } from './fine-marginal-json.ts';
import { schemaToJson } from './schema-json.ts';
import { tableToJson } from './table-json.ts';
import { relatedToJson } from './related-json.ts';
import { STATS_FORMAT, STATS_VERSION, type TargetsJson } from './targets-json.ts';

/** Targets as stats.json (the one way to write the format; targetsFromJson reads it back). */
export function targetsToJson(targets: Targets): TargetsJson {
  const axisByName = new Map(targets.axes.map((a) => [a.column, a]));
  return {
    format: STATS_FORMAT,
    version: STATS_VERSION,
    rowCount: targets.rowCount,
    schema: schemaToJson(targets.schema),
    axes: targets.axes.map(axisToJson),
    tables: targets.tables.map((t) => tableToJson(t, axisByName)),
    ...(targets.fine ? { fine: targets.fine.map(fineMarginalToJson) } : {}),
    ...(targets.copula ? { copula: copulaToJson(targets.copula) } : {}),
    ...(targets.disclosure ? { disclosure: targets.disclosure } : {}),
    ...(targets.dp ? { dp: targets.dp } : {}),
    ...(targets.related ? { related: relatedToJson(targets.related) } : {}),
  };
}
