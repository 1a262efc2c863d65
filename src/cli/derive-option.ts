import { basename } from 'node:path';
import type { Dataset } from '../stats/dataset.ts';
import { readTable } from '../stats/ingest/read-table.ts';
import { InputError } from '../stats/input-error.ts';
import type { Derivation } from '../synth/derive/derivation.ts';
import { applyDerivations } from '../synth/derive/apply-derivations.ts';
import { lookupFromTable } from '../synth/derive/lookup-table.ts';
import { parseDerivation } from '../synth/derive/parse-derivation.ts';
import { listFlag, type ParsedArgs } from './args.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { readInputFile } from './read-input-file.ts';

/** Derived columns one run adds at most. */
const MAX_DERIVED = 20;

/** `--derive TEXT` (repeatable), parsed: the lookup files it names, to check against the outputs before anything runs. */
export function parseDerives(args: ParsedArgs, command: string): { texts: string[]; files: string[] } {
  const texts = listFlag(args, 'derive');
  if (texts.length > MAX_DERIVED) throw new InputError(`${command}: ${texts.length} --derive options; at most ${MAX_DERIVED} per run`);
  const files = texts.map((t) => prefixed(() => parseDerivation(t), command)).flatMap((d) => (d.kind === 'lookup' ? [d.file] : []));
  return { texts, files };
}

/**
 * The derived columns added to the synthetic records (docs/aggregate-tables.md,
 * "Derived columns"): lookup files read (as tables, up to the table size
 * limit), then every derivation applied in order. A no-op without `--derive`.
 */
export async function withDerived(dataset: Dataset, options: { texts: readonly string[]; seed: number; command: string }): Promise<Dataset> {
  const { texts, seed, command } = options;
  if (texts.length === 0) return dataset;
  const derivations: Derivation[] = [];
  for (const text of texts) {
    const parsed = prefixed(() => parseDerivation(text), command);
    if (parsed.kind !== 'lookup') {
      derivations.push(parsed);
      continue;
    }
    const bytes = readInputFile(parsed.file, { command, flag: '--derive', maxBytes: FILE_LIMITS.table });
    const raw = await prefixedAsync(() => readTable({ name: basename(parsed.file), bytes }), command);
    derivations.push(prefixed(() => lookupFromTable(raw, parsed.column), command));
  }
  return prefixed(() => applyDerivations(dataset, derivations, seed), command);
}

function prefixed<T>(f: () => T, command: string): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${command}: --derive: ${e.message}`);
    throw e;
  }
}

async function prefixedAsync<T>(f: () => Promise<T>, command: string): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${command}: --derive: ${e.message}`);
    throw e;
  }
}
