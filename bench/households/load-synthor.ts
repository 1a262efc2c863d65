import type { RelatedTables } from './population.ts';

export type SynthesizeRelated = (options: { data: RelatedTables; rows: number; seed: number; rules?: readonly string[] }) => Promise<RelatedTables>;

/** Where the lead's synthesizer will live (issue #13 item 1). */
const MODULE = new URL('../../src/synth/related/synthesize-related.ts', import.meta.url).href;

/**
 * Synthor's related-tables synthesizer, or why it is not there: loaded by URL
 * so the bench compiles and runs before src/synth/related/ exists.
 */
export async function loadSynthor(): Promise<{ synthesize: SynthesizeRelated } | { missing: string }> {
  try {
    const module = (await import(MODULE)) as { synthesizeRelated?: unknown };
    if (typeof module.synthesizeRelated !== 'function') return { missing: 'synthesize-related.ts exports no synthesizeRelated' };
    return { synthesize: module.synthesizeRelated as SynthesizeRelated };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_MODULE_NOT_FOUND') return { missing: 'src/synth/related/synthesize-related.ts does not exist yet' };
    return { missing: `loading it failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
