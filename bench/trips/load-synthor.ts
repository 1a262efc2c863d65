import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../src/stats/dataset.ts';

/** The lead's aggregate-table synthesizer (issue #14), as the bench calls it. */
export type SynthesizeFromTables = (options: {
  tables: readonly { name: string; bytes: Uint8Array }[];
  rows: number;
  seed: number;
}) => Promise<{ dataset: Dataset; report: unknown }>;

/** Where it will live. */
const MODULE = new URL('../../src/synth/aggregates/synthesize-from-tables.ts', import.meta.url).href;

/**
 * synthesizeFromTables, or why it is not there: loaded by URL so the bench
 * compiles and runs (reporting "not available") before
 * src/synth/aggregates/ exists.
 */
export async function loadSynthesizeFromTables(): Promise<{ synthesize: SynthesizeFromTables } | { missing: string }> {
  if (!existsSync(fileURLToPath(MODULE))) return { missing: 'src/synth/aggregates/synthesize-from-tables.ts does not exist yet' };
  try {
    const module = (await import(MODULE)) as { synthesizeFromTables?: unknown };
    if (typeof module.synthesizeFromTables !== 'function') return { missing: 'synthesize-from-tables.ts exports no synthesizeFromTables' };
    return { synthesize: module.synthesizeFromTables as SynthesizeFromTables };
  } catch (error) {
    return { missing: `loading it failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
