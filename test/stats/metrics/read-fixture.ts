import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../../src/stats/dataset.ts';
import type { ColumnKind } from '../../../src/stats/schema.ts';
import { makeDataset } from './make-dataset.ts';

export const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/sdmetrics');
export const FIXTURE_CASES = ['penguins-holdout', 'penguins-shuffled', 'weather-holdout', 'mixed-missing'] as const;

interface Metadata {
  columns: Record<string, { sdtype: string; datetime_format?: string }>;
}

const KINDS: Record<string, ColumnKind> = { numerical: 'numeric', categorical: 'categorical', boolean: 'boolean', datetime: 'datetime' };

/**
 * The fixture CSVs are plain (no quoting; an empty field is missing), so a
 * test can read them without ingest; this keeps the metric checks independent
 * of the ingest code.
 */
export function readFixtureCsv(caseName: string, file: 'real.csv' | 'synthetic.csv'): Dataset {
  const metadata = readJson<Metadata>(caseName, 'metadata.json');
  const [header, ...lines] = readFileSync(join(FIXTURE_DIR, caseName, file), 'utf8')
    .trimEnd()
    .split('\n');
  const names = header.split(',');
  const rows = lines.map((l) => l.split(','));
  return makeDataset(
    names.map((name, c) => {
      const kind = KINDS[metadata.columns[name].sdtype];
      const values = rows.map((r) => {
        const text = r[c];
        if (text === '') return null;
        return kind === 'numeric' ? Number(text) : text;
      });
      return { name, kind, values };
    }),
  );
}

export function readJson<T>(caseName: string, file: string): T {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, caseName, file), 'utf8')) as T;
}
