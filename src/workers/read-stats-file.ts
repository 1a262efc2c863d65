import { decodeText } from '../stats/ingest/decode-text.ts';
import { InputError } from '../stats/input-error.ts';
import { targetsFromJson } from '../stats/stats-json/targets-from-json.ts';
import type { Targets } from '../stats/tables/targets.ts';
import { statsProfile } from './stats-profile.ts';
import type { LoadedFileSummary } from './synth-api.ts';

/** A stats.json read into target tables, with the summary the UI shows of it (a profile of the tables, no rows). */
export function readStatsFile(file: { name: string; bytes: Uint8Array }): { targets: Targets; summary: LoadedFileSummary } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeText(file.bytes, file.name).text);
  } catch (e) {
    throw new InputError(`${file.name}: not JSON (${(e as Error).message}); choose a stats.json written by Synthor`);
  }
  const targets = targetsFromJson(parsed, file.name);
  return {
    targets,
    summary: {
      fileName: file.name,
      source: 'stats',
      rowCount: targets.rowCount,
      schema: targets.schema,
      columns: statsProfile(targets),
      warnings: [],
      notes: [],
    },
  };
}
