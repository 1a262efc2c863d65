import { basename } from 'node:path';
import type { Dataset } from '../stats/dataset.ts';
import { readTable } from '../stats/ingest/read-table.ts';
import { InputError } from '../stats/input-error.ts';
import type { Derivation } from '../synth/derive/derivation.ts';
import { applyDerivations } from '../synth/derive/apply-derivations.ts';
import { lookupFromTable } from '../synth/derive/lookup-table.ts';
import { parseDerivation } from '../synth/derive/parse-derivation.ts';
import { listFlag, type ParsedArgs } from './args.ts';
import { prefixInputError } from './prefix-input-error.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { readInputFile } from './read-input-file.ts';

/** Derived columns one run adds at most. */
const MAX_DERIVED = 20;

/** `--derive TEXT` (repeatable), parsed: the lookup files it names, to check against the outputs before anything runs. */
export async function parseDerives(args: ParsedArgs, command: string): Promise<{ texts: string[]; files: string[] }> {
  const texts = listFlag(args, 'derive');
  if (texts.length > MAX_DERIVED) throw new InputError(`${command}: ${texts.length} --derive options; at most ${MAX_DERIVED} per run`);
  const parsed = await prefixInputError(`${command}: --derive: `, () => texts.map(parseDerivation));
  return { texts, files: parsed.flatMap((d) => (d.kind === 'lookup' ? [d.file] : [])) };
}

/**
 * The derived columns added to the synthetic records (docs/aggregate-tables.md,
 * "Derived columns"): lookup files read (as tables, up to the table size
 * limit), then every derivation applied in order. A no-op without `--derive`.
 */
export async function withDerived(dataset: Dataset, options: { texts: readonly string[]; seed: number; command: string }): Promise<Dataset> {
  const { texts, seed, command } = options;
  if (texts.length === 0) return dataset;
  return prefixInputError(`${command}: --derive: `, async () => {
    const derivations: Derivation[] = [];
    for (const text of texts) {
      const parsed = parseDerivation(text);
      if (parsed.kind !== 'lookup') {
        derivations.push(parsed);
        continue;
      }
      const bytes = readInputFile(parsed.file, { command, flag: '--derive', maxBytes: FILE_LIMITS.table });
      derivations.push(lookupFromTable(await readTable({ name: basename(parsed.file), bytes }), parsed.column));
    }
    return applyDerivations(dataset, derivations, seed);
  });
}
