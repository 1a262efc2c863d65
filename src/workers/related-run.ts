import type { Dataset } from '../stats/dataset.ts';
import { InputError } from '../stats/input-error.ts';
import { keyValues } from '../stats/metrics/multi-table/key-values.ts';
import { multiTableQualityReport } from '../stats/metrics/multi-table/multi-table-quality-report.ts';
import { jsonScore } from '../stats/metrics/json-score.ts';
import { pickRows } from '../stats/pick-rows.ts';
import type { Targets } from '../stats/tables/targets.ts';
import { jointNames } from '../stats/tables/joint-group.ts';
import type { Planner } from '../synth/planner/planner.ts';
import { narrow } from '../synth/related/narrow.ts';
import { widenedTargets } from '../synth/related/related-targets.ts';
import { setupTopK } from './setup-top-k.ts';
import { widen } from '../synth/related/widen.ts';
import { checkTableSize } from '../stats/ingest/table-size-limit.ts';
import { LoadedData } from './loaded-data.ts';
import type { PreparedTargets } from './prepare-targets.ts';
import { splitHoldout } from './split-holdout.ts';
import type { ChildSummary, ColumnOverlay, RelatedReport, SetupOptions } from './synth-api.ts';

/** A parent file with the child file loaded beside it: what a related run is built from. */
export interface RelatedSource {
  readonly parent: Dataset;
  readonly child: Dataset;
  readonly files: { readonly parent: string; readonly child: string };
}

/** A child file read beside the loaded data file; refused when no column of it is also a column of the data file. */
export async function readChild(file: { name: string; bytes: Uint8Array }, parent: LoadedData): Promise<{ child: LoadedData; summary: ChildSummary }> {
  checkTableSize({ name: file.name, bytes: file.bytes.byteLength });
  const child = await LoadedData.read(file);
  const summary = childSummary({ fileName: file.name, child: child.dataset, parent: parent.dataset });
  if (summary.keys.length === 0) {
    throw new InputError(
      `${file.name}: no column has the name of a column of ${parent.fileName}; a child table names its parent row by a column both tables hold (e.g. hh_id)`,
    );
  }
  return { child, summary };
}

/** The child file as the UI sees it, with the columns that may join it to the parent (both tables hold them), likeliest first. */
export function childSummary(options: { fileName: string; child: Dataset; parent: Dataset }): ChildSummary {
  const { fileName, child, parent } = options;
  const inParent = new Map(parent.schema.columns.map((c) => [c.name, c]));
  const keys = child.schema.columns
    .filter((c) => inParent.has(c.name))
    .map((c) => ({
      name: c.name,
      score: (c.kind === 'identifier' ? 2 : 0) + (inParent.get(c.name)?.kind === 'identifier' ? 2 : 0) + (/id$/i.test(c.name) ? 1 : 0),
    }))
    .sort((a, b) => b.score - a.score)
    .map((k) => k.name);
  return { fileName, rowCount: child.rowCount, schema: child.schema, keys };
}

/**
 * Targets of a parent table with its children (the population task): the
 * holdout is split off the parents first, with their children, so it never
 * reaches the targets; the training parents are widened to one record each
 * (widen.ts) and the targets built on those records. `training`/`holdout`
 * are the widened records (the flat report scores households as records);
 * `tables` keeps the training parents and children as they were, for the
 * multi-table report.
 */
export async function prepareRelatedTargets(options: {
  source: RelatedSource;
  key: string;
  setup: SetupOptions;
  planner: Planner;
}): Promise<PreparedTargets & { tables: { parent: Dataset; child: Dataset } }> {
  const { source, key, setup, planner } = options;
  if (!source.parent.schema.columns.some((c) => c.name === key) || !source.child.schema.columns.some((c) => c.name === key)) {
    throw new InputError(`setup: "${key}" is not a column of both ${source.files.parent} and ${source.files.child}; pick a column they share`);
  }
  const { training, holdout } = splitHoldout(source.parent, { share: setup.holdoutShare, seed: setup.seed });
  const related = (parent: Dataset) => ({
    parent,
    child: childrenOf(source.child, { parent, key }),
    key,
    parentLabel: source.files.parent,
    childLabel: source.files.child,
    files: source.files,
  });
  const train = related(training);
  const widened = widen(train);
  const joints = setup.joints?.length ? setup.joints : [];
  const targets = await widenedTargets(widened, { planner, joints, topK: setupTopK(setup) });
  return {
    targets,
    joints: targets.tables.filter((t) => t.axes.length > 1).map((t) => jointNames(t.axes.map((a) => a.column))),
    training: widened.wide,
    holdout: holdout ? widen(related(holdout)).wide : null,
    tables: { parent: train.parent, child: train.child },
  };
}

/** The child rows whose key names a row of `parent` (in file order): a parent's split takes its children with it. */
function childrenOf(child: Dataset, options: { parent: Dataset; key: string }): Dataset {
  const column = (d: Dataset) => d.columns[d.schema.columns.findIndex((c) => c.name === options.key)];
  const wanted = new Set(keyValues(column(options.parent)));
  const keys = keyValues(column(child));
  const rows = keys.flatMap((k, r) => (wanted.has(k) ? [r] : []));
  return pickRows(child, Uint32Array.from(rows));
}

/**
 * Both levels of a finished related run: how many parents and children, the
 * members-per-parent shares (target vs synthetic, the count column's overlay)
 * and, with the real tables, the SDMetrics multi-table scores (Cardinality:
 * members per parent; Intertable Trends: parent column × child column pairs).
 */
export function relatedReport(options: {
  targets: Targets;
  synthetic: Dataset;
  overlays: readonly ColumnOverlay[];
  tables: { parent: Dataset; child: Dataset } | null;
}): RelatedReport | null {
  const layout = options.targets.related;
  if (!layout) return null;
  const narrowed = narrow({ wide: options.synthetic, layout });
  let quality: RelatedReport['quality'] = null;
  if (options.tables) {
    const report = multiTableQualityReport({
      tables: [
        { name: layout.files.parent, real: options.tables.parent, synthetic: narrowed.parent },
        { name: layout.files.child, real: options.tables.child, synthetic: narrowed.child },
      ],
      relationships: [{ parent: layout.files.parent, child: layout.files.child, parentKey: layout.key, childKey: layout.key }],
    });
    quality = {
      score: jsonScore(report.score),
      columnShapes: jsonScore(report.columnShapes.score),
      columnPairTrends: jsonScore(report.columnPairTrends.score),
      cardinality: jsonScore(report.cardinality.score),
      intertableTrends: jsonScore(report.interTableTrends.score),
    };
  }
  return {
    files: layout.files,
    key: layout.key,
    parents: narrowed.parent.rowCount,
    children: narrowed.child.rowCount,
    members: options.overlays.find((o) => o.column === layout.count) ?? null,
    quality,
  };
}
