import { InputError } from '../stats/input-error.ts';
import { checkTableSize } from '../stats/ingest/table-size-limit.ts';
import type { Reconciliation } from '../stats/aggregates/reconcile-tables.ts';
import { tablesToTargets } from '../stats/aggregates/tables-to-targets.ts';
import type { Targets } from '../stats/tables/targets.ts';
import { MAX_TABLES, targetsFromTables } from '../synth/aggregates/synthesize-from-tables.ts';
import { statsProfile } from './stats-profile.ts';
import type { TablesImport } from './synth-api.ts';

/** Aggregate tables reconciled, waiting for a setup to say how many records their targets are of. */
export interface TablesSource {
  readonly kind: 'tables';
  readonly reconciliation: Reconciliation;
  /** The files' names, joined: what the summary, the saved run and the downloads are named after. */
  readonly fileName: string;
}

/**
 * Aggregate table files read and reconciled (docs/aggregate-tables.md), with
 * what the app shows of them: the columns they give, profiled as targets of
 * as many records as the largest source counts, and how far each source moved.
 * A bad file is refused with its own one-line message (it names the file).
 */
export async function readTablesFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<{ source: TablesSource; loaded: TablesImport }> {
  if (files.length === 0) throw new InputError('tables: choose one or more aggregate table files (variables and a count or share column)');
  if (files.length > MAX_TABLES) throw new InputError(`tables: ${files.length} files; at most ${MAX_TABLES} per run`);
  for (const f of files) checkTableSize({ name: f.name, bytes: f.bytes.byteLength });
  const { reconciliation } = await targetsFromTables({ tables: files, rows: 1 });
  const rows = Math.max(1, Math.round(Math.max(...reconciliation.tables.map((t) => t.weight))));
  const targets = tablesToTargets(reconciliation, { rows });
  const fileName = files.map((f) => f.name).join(' + ');
  return {
    source: { kind: 'tables', reconciliation, fileName },
    loaded: {
      summary: { fileName, source: 'tables', rowCount: rows, schema: targets.schema, columns: statsProfile(targets), warnings: [], notes: [] },
      reconciliation: {
        tables: reconciliation.tables.map((t) => ({ source: t.source, variables: [...t.variables], weight: t.weight, moved: t.moved })),
        overlaps: reconciliation.overlaps.map((o) => ({ variables: [...o.variables], sources: o.sources.map((s) => ({ ...s })) })),
        unobserved: reconciliation.unobserved.map(([a, b]) => [a, b] as const),
      },
    },
  };
}

/** The tables as a run's targets: the reconciled shares made `rows` records (setup checked `rows` already). */
export function tablesTargets(source: TablesSource, rows: number): { kind: 'stats'; targets: Targets; fileName: string } {
  return { kind: 'stats', targets: tablesToTargets(source.reconciliation, { rows }), fileName: source.fileName };
}
