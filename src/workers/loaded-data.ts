import { CELL_MAX, cutCell } from '../stats/cut-cell.ts';
import type { Dataset } from '../stats/dataset.ts';
import { encodeDataset } from '../stats/ingest/encode-dataset.ts';
import { loadDataset } from '../stats/ingest/load-dataset.ts';
import { qualityNotes } from '../stats/quality-notes.ts';
import { rawValue, type RawTable } from '../stats/raw-table.ts';
import { inferSchema } from '../stats/schema/infer-schema.ts';
import { profileColumns } from '../stats/schema/profile-columns.ts';
import type { SchemaOverrides } from '../stats/schema/schema-overrides.ts';
import type { DataPreview, LoadedFileSummary } from './synth-api.ts';

/** The preview never sends more rows than this, whatever is asked. */
export const PREVIEW_MAX_ROWS = 50;

/**
 * A loaded data file inside the synth worker: the parsed strings (kept, so
 * re-typing never parses the file again) and the typed dataset. Immutable: re-typing makes a new one, so a
 * bad correction leaves the current one untouched.
 */
export class LoadedData {
  readonly fileName: string;
  readonly raw: RawTable;
  readonly dataset: Dataset;
  readonly warnings: readonly string[];

  private constructor(parts: { fileName: string; raw: RawTable; dataset: Dataset; warnings: readonly string[] }) {
    this.fileName = parts.fileName;
    this.raw = parts.raw;
    this.dataset = parts.dataset;
    this.warnings = parts.warnings;
  }

  static async read(file: { name: string; bytes: Uint8Array }): Promise<LoadedData> {
    const { dataset, raw, warnings } = await loadDataset(file);
    return new LoadedData({ fileName: file.name, raw, dataset, warnings });
  }

  /** The same strings typed with `overrides` (all of the user's corrections, not a change); throws InputError on values that do not fit. */
  retype(overrides: SchemaOverrides): LoadedData {
    const dataset = encodeDataset(this.raw, inferSchema(this.raw, { overrides }));
    return new LoadedData({ fileName: this.fileName, raw: this.raw, dataset, warnings: this.warnings });
  }

  summary(): LoadedFileSummary {
    const { schema, rowCount } = this.dataset;
    return {
      fileName: this.fileName,
      source: 'data',
      rowCount,
      schema,
      columns: profileColumns(this.raw),
      warnings: this.warnings,
      notes: qualityNotes(this.raw, schema),
    };
  }

  /** The first `rows` rows (0…PREVIEW_MAX_ROWS) as written in the file, long cells cut here (`long` has their lengths); missing tokens show as empty. */
  preview(rows: number): DataPreview {
    const n = Math.max(0, Math.min(Math.floor(rows) || 0, PREVIEW_MAX_ROWS, this.raw.rowCount));
    const columns = this.raw.columns;
    const out: string[][] = [];
    const long: { row: number; column: number; length: number }[] = [];
    for (let r = 0; r < n; r++) {
      out.push(
        columns.map((c, column) => {
          const value = rawValue(c, c.codes[r]);
          if (value.length > CELL_MAX) long.push({ row: r, column, length: value.length });
          return cutCell(value);
        }),
      );
    }
    return { columns: columns.map((c) => cutCell(c.name)), rows: out, long };
  }
}
