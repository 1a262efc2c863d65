import { InputError } from '../stats/input-error.ts';

/**
 * Runs `f` and, when it refuses bad input, says which option read it: a file's own message
 * names the file ("dup.csv: row 3 …"), the command line adds "generate: --table " before it.
 */
export async function prefixInputError<T>(prefix: string, f: () => T | Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${prefix}${e.message}`);
    throw e;
  }
}
