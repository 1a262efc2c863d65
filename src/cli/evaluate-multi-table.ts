import { basename, extname } from 'node:path';
import type { Dataset } from '../stats/dataset.ts';
import { rowLabel } from '../stats/ingest/row-label.ts';
import { checkRelationship } from '../stats/metrics/multi-table/check-relationship.ts';
import { withKeysAsIds } from '../stats/metrics/multi-table/key-columns.ts';
import { multiTableJson, type MultiTableQualityJson } from '../stats/metrics/multi-table/multi-table-json.ts';
import { multiTableQualityReport } from '../stats/metrics/multi-table/multi-table-quality-report.ts';
import type { RawTable } from '../stats/raw-table.ts';
import { relationshipFromSdvMetadata } from '../stats/schema/sdv-relationship.ts';
import { formatTable } from './format-table.ts';
import { loadTable } from './load-table.ts';

const COMMAND = 'evaluate';

interface Side {
  readonly table: string;
  readonly key: string;
  readonly metadata?: unknown;
}

/** Which tables `--real` and `--child` are and how they join: from SDV multi-table metadata, else from the file names and `--key`. */
export interface TablePlan {
  readonly parent: Side;
  readonly child: Side;
}

export function planTables(options: { key: string; metadata?: unknown; metadataPath?: string; realPath: string; childPath: string }): TablePlan {
  const { key, metadata, metadataPath, realPath, childPath } = options;
  if (metadata !== undefined) return relationshipFromSdvMetadata(metadata, `${COMMAND}: --metadata ${metadataPath}`, key);
  const name = (path: string) => basename(path, extname(path));
  return { parent: { table: name(realPath), key }, child: { table: name(childPath), key } };
}

export interface Loaded {
  readonly dataset: Dataset;
  readonly raw: RawTable;
}

export interface MultiTableRun {
  readonly plan: TablePlan;
  readonly real: Loaded;
  readonly synthetic: Loaded;
  readonly realPath: string;
  readonly syntheticPath: string;
  readonly childPath: string;
  readonly syntheticChildPath: string;
}

/** Reads the child tables, checks both relationships (real and synthetic) and scores the SDMetrics multi-table Quality report. */
export async function evaluateMultiTable(run: MultiTableRun): Promise<MultiTableQualityJson> {
  const { plan } = run;
  const keyed = (flag: string, path: string, loaded: Loaded, side: Side) => ({
    label: `${flag} ${path}`,
    dataset: loaded.dataset,
    key: side.key,
    rowName: (i: number) => rowLabel(loaded.raw, i),
  });
  // The real pair is checked before the synthetic child is read with the real child's schema.
  const realChild = await loadTable(run.childPath, { command: COMMAND, flag: '--child', metadata: plan.child.metadata });
  checkRelationship(keyed('--real', run.realPath, run.real, plan.parent), keyed('--child', run.childPath, realChild, plan.child), `${COMMAND}: `);
  const syntheticChild = await loadTable(run.syntheticChildPath, { command: COMMAND, flag: '--synthetic-child', schema: realChild.dataset.schema });
  checkRelationship(
    keyed('--synthetic', run.syntheticPath, run.synthetic, plan.parent),
    keyed('--synthetic-child', run.syntheticChildPath, syntheticChild, plan.child),
    `${COMMAND}: `,
  );
  const report = multiTableQualityReport({
    tables: [
      { name: plan.parent.table, real: run.real.dataset, synthetic: run.synthetic.dataset },
      { name: plan.child.table, real: realChild.dataset, synthetic: syntheticChild.dataset },
    ],
    relationships: [{ parent: plan.parent.table, child: plan.child.table, parentKey: plan.parent.key, childKey: plan.child.key }],
  });
  return multiTableJson(report);
}

/** The parent table as the single-table report sees it: its key is an id, not a column to score. */
export function parentWithKeyAsId(dataset: Dataset, plan: TablePlan | undefined): Dataset {
  return plan === undefined ? dataset : withKeysAsIds(dataset, new Set([plan.parent.key]));
}

const fmt = (v: number | null): string => (v === null ? '-' : v.toFixed(4));

/** The text report of the multi-table scores: properties, then cardinality and the parent × child pairs. */
export function describeMultiTable(m: MultiTableQualityJson): string {
  const summary = [
    ['Multi-table quality', fmt(m.quality)],
    ['Column Shapes (all tables)', fmt(m.columnShapes)],
    ['Column Pair Trends (all tables)', fmt(m.columnPairTrends)],
    ['Cardinality', fmt(m.cardinality)],
    ['Intertable Trends', fmt(m.intertableTrends)],
  ];
  const cardinality = m.details.cardinality.map((r) => [`${r.childTable}.${r.foreignKey} → ${r.parentTable}`, r.metric, fmt(r.score)]);
  const pairs = m.details.intertableTrends.map((p) => [`${p.parentTable}.${p.column1} × ${p.childTable}.${p.column2}`, p.metric, fmt(p.score)]);
  return [
    formatTable(['Multi-table score', 'Value'], summary),
    '',
    formatTable(['Relationship', 'Metric', 'Score'], cardinality),
    '',
    formatTable(['Parent × child pair', 'Metric', 'Score'], pairs),
  ].join('\n');
}
