import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { megabytes } from './file-limits.ts';
import { UsageError } from './usage-error.ts';

/** Where a path came from, for the one-line error: `evaluate: --real r.csv: no such file`, and the most bytes it may hold (FILE_LIMITS). */
export interface InputFileOrigin {
  readonly command: string;
  readonly flag: string;
  readonly maxBytes: number;
}

/**
 * The bytes of a file named on the command line. A missing or unreadable file, a folder, a device or pipe
 * (/dev/zero never ends) and a file over maxBytes are UsageErrors, found before more than maxBytes + 1 are read.
 */
export function readInputFile(path: string, { command, flag, maxBytes }: InputFileOrigin): Uint8Array {
  const refuse = (why: string) => new UsageError(`${command}: ${flag} ${path}: ${why}`);
  const tooLarge = `larger than ${megabytes(maxBytes)}, the most Synthor reads for ${flag}`;
  let fd: number;
  try {
    // Non-blocking, so opening a pipe nobody writes to returns at once instead of waiting.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw refuse(reason(e));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw refuse('is a folder, not a file');
    if (!stat.isFile()) throw refuse('not a regular file (a device, pipe or socket); save the data to a file and name that file');
    if (stat.size > maxBytes) throw refuse(`${stat.size.toLocaleString('en')} bytes, ${tooLarge}`);
    // The file may grow while it is read: read at most maxBytes + 1 bytes whatever fstat said.
    const buffer = new Uint8Array(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;) length += n;
    if (length > maxBytes) throw refuse(tooLarge);
    return buffer.subarray(0, length);
  } catch (e) {
    throw e instanceof UsageError ? e : refuse(reason(e));
  } finally {
    closeSync(fd);
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message;
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
