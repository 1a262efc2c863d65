import { cutCell } from './cut-cell.ts';
import { mergeSpellings } from './ingest/merge-spellings.ts';
import { countCodes } from './count-codes.ts';
import { DEFAULT_MIN_COUNT } from './privacy/disclosure-report.ts';
import { DEFAULT_TOP_K } from './tables/categorical-axis.ts';
import { pooledByTopK, type PooledByTopK } from './tables/pooled-by-top-k.ts';
import type { RawTable } from './raw-table.ts';
import type { Schema } from './schema.ts';
import { profileColumns } from './schema/profile-columns.ts';

export type QualityNoteKind = 'missing' | 'rare' | 'pooled' | 'identifier' | 'text' | 'constant';

/** One thing worth knowing about a column before synthesising, in words for the user. */
export interface QualityNote {
  readonly column: string;
  readonly kind: QualityNoteKind;
  readonly message: string;
}

/** A column missing in at least this share of rows gets a note. */
const HIGH_MISSING_SHARE = 0.2;
/** Rare categories named in a note, at most; the note counts the rest. */
const RARE_EXAMPLES = 3;

/**
 * Notes on the data as typed: many missing values, categories so rare that
 * disclosure control pools them (the same threshold the targets use),
 * identifiers and free text (left out by default), constant columns.
 * Column order is the file's; `schema` is the raw table's, column for column.
 */
export function qualityNotes(raw: RawTable, schema: Schema): QualityNote[] {
  const profiles = profileColumns(raw);
  const notes: QualityNote[] = [];
  raw.columns.forEach((column, i) => {
    // Messages quote names and values cut: one huge cell must not make a huge note.
    const name = cutCell(column.name);
    const { kind, included } = schema.columns[i];
    const profile = profiles[i];
    const note = (k: QualityNoteKind, message: string) => notes.push({ column: column.name, kind: k, message });
    if (raw.rowCount > 0 && profile.missingShare >= HIGH_MISSING_SHARE) {
      note('missing', `"${name}" is missing in ${percent(profile.missingShare)} of rows (${profile.missing.toLocaleString('en')})`);
    }
    if (kind === 'identifier') {
      note(
        'identifier',
        included
          ? `"${name}" looks like an identifier but is used in statistics: nearly every value is its own category`
          : `"${name}" looks like an identifier: left out of the statistics`,
      );
    }
    if (kind === 'text') {
      note(
        'text',
        included ? `"${name}" is free text but is used in statistics: most values will be pooled` : `"${name}" is free text: left out of the statistics`,
      );
    }
    if (profile.distinct === 1) {
      const value = column.values.find((v) => v !== '') ?? '';
      note('constant', `"${name}" has one value only ("${cutCell(value)}"): it tells the synthesis nothing`);
    }
    if (kind === 'categorical' && included) {
      const merged = mergeSpellings(column);
      const counts = countCodes(merged.codes, merged.values.length);
      const rare = merged.values.filter((v, code) => v !== '' && counts[code] > 0 && counts[code] < DEFAULT_MIN_COUNT);
      if (rare.length > 0) note('rare', rareMessage(name, rare));
      const missing = merged.values.indexOf('');
      if (missing >= 0) counts[missing] = 0; // no category
      const pooled = pooledByTopK(counts, { rowCount: raw.rowCount, topK: DEFAULT_TOP_K, minCount: DEFAULT_MIN_COUNT });
      if (pooled !== null) note('pooled', pooledMessage(name, pooled));
    }
  });
  return notes;
}

function rareMessage(name: string, rare: readonly string[]): string {
  const shown = rare
    .slice(0, RARE_EXAMPLES)
    .map((v) => `"${cutCell(v)}"`)
    .join(', ');
  const more = rare.length > RARE_EXAMPLES ? ` and ${rare.length - RARE_EXAMPLES} more` : '';
  const count = rare.length === 1 ? '1 category has' : `${rare.length} categories have`;
  return `"${name}": ${count} fewer than ${DEFAULT_MIN_COUNT} records (${shown}${more}); disclosure control pools them into "(other)"`;
}

function pooledMessage(name: string, p: PooledByTopK): string {
  return (
    `"${name}" has ${p.categories.toLocaleString('en')} categories; by default the targets keep the ${DEFAULT_TOP_K} most frequent, and the other ` +
    `${p.pooled.toLocaleString('en')} (${percent(p.share)} of rows, ${p.rows.toLocaleString('en')}) are pooled into "(other)" ` +
    `in the synthetic rows; raise "Categories kept per column" in the advanced settings (--top-k on the command line) to keep them`
  );
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
