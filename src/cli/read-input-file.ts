import { readFileSync } from 'node:fs';
import { UsageError } from './usage-error.ts';

/** Where a path came from, for the one-line error: `evaluate: --real r.csv: no such file`. */
export interface InputFileOrigin {
  readonly command: string;
  readonly flag: string;
}

/** The bytes of a file named on the command line; a missing or unreadable file is a UsageError. */
export function readInputFile(path: string, { command, flag }: InputFileOrigin): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message;
    throw new UsageError(`${command}: ${flag} ${path}: ${why}`);
  }
}

/** A JSON file named on the command line, parsed; bad JSON is a UsageError. */
export function readJsonFile(path: string, origin: InputFileOrigin): unknown {
  const text = new TextDecoder().decode(readInputFile(path, origin));
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${origin.command}: ${origin.flag} ${path} is not valid JSON (${(e as Error).message})`);
  }
}

/** A rules file: one rule per line (`age < 18 => education in {none}`); blank lines and lines starting with # are skipped. */
export function readRulesFile(path: string, origin: InputFileOrigin): string[] {
  return new TextDecoder()
    .decode(readInputFile(path, origin))
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
