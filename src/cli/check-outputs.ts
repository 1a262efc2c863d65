import { accessSync, closeSync, constants, openSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './usage-error.ts';

/** A path given on the command line and the option that gave it (`--out`, `--input`, `recipe`). */
export interface NamedPath {
  readonly flag: string;
  readonly path: string;
}

/**
 * Refuses, before any work, an output that could not be written (a folder, a
 * missing folder, no permission) or that is one of the inputs, however spelt:
 * the same device and inode, so `./data.csv`, a symbolic link and a hard link
 * are caught too. Two outputs naming the same file are refused as well.
 */
export function checkOutputs(options: { command: string; outputs: readonly (NamedPath | undefined)[]; inputs: readonly (NamedPath | undefined)[] }): void {
  const { command } = options;
  const outputs = options.outputs.filter((o) => o !== undefined);
  const inputs = options.inputs.filter((i) => i !== undefined).map((i) => ({ ...i, stat: statOf(i.path) }));
  outputs.forEach((out, n) => {
    const refuse = (why: string) => new UsageError(`${command}: ${out.flag} ${out.path}: ${why}`);
    if (out.path === '') throw new UsageError(`${command}: ${out.flag} is empty; name a file to write`);
    // `-` reads standard input where an input is named; as an output it would quietly make a file called "-".
    if (out.path === '-') throw refuse('names no file; name a file to write');
    const stat = statOf(out.path);
    if (stat?.isDirectory()) throw refuse('is a folder; name a file to write');
    if (/[/\\]$/.test(out.path)) throw refuse('ends with a slash, so it names a folder; name a file to write');
    if (stat && (stat.isFIFO() || stat.isSocket())) readerWaiting(out.path, refuse);
    const input = stat && inputs.find((i) => i.stat && i.stat.dev === stat.dev && i.stat.ino === stat.ino);
    if (input) throw refuse(`is the ${input.flag} file ${input.path}; write to another file, so the input is never overwritten`);
    for (const other of outputs.slice(0, n)) {
      const same = stat ? sameFile(stat, statOf(other.path)) : resolve(other.path) === resolve(out.path);
      if (same) throw refuse(`is also ${other.flag}; give each output a file of its own`);
    }
    if (stat) return writable(out.path, refuse, 'cannot write the file');
    const folder = dirname(resolve(out.path));
    let folderStat: Stats;
    try {
      folderStat = statSync(folder);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw refuse(
        code === 'ENOENT' ? `folder ${folder} does not exist; create it first` : `folder ${folder} cannot be reached (${code ?? (e as Error).message})`,
      );
    }
    if (!folderStat.isDirectory()) throw refuse(`${folder} is not a folder`);
    writable(folder, refuse, `cannot write in folder ${folder}`);
  });
}

/** A named pipe is written only when something reads it: opening one nobody reads would wait for ever. */
function readerWaiting(path: string, refuse: (why: string) => Error): void {
  try {
    closeSync(openSync(path, constants.O_WRONLY | (constants.O_NONBLOCK ?? 0)));
  } catch {
    throw refuse('is a pipe or socket nothing reads from; name a file to write');
  }
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const sameFile = (a: Stats, b: Stats | undefined) => b !== undefined && a.dev === b.dev && a.ino === b.ino;

function writable(path: string, refuse: (why: string) => Error, what: string): void {
  try {
    accessSync(path, constants.W_OK);
  } catch (e) {
    throw refuse(`${what} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
