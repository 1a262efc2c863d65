import { InputError } from '../input-error.ts';

/**
 * Every column needs a distinct, non-blank name: names are how schemas,
 * metadata and synthetic files find their columns. `where` says where the
 * names were written ("row 1" for a header row, "the schema" for Parquet).
 */
export function checkHeaderNames(names: readonly string[], options: { source: string; where: string }): void {
  const { source, where } = options;
  const firstAt = new Map<string, number>();
  names.forEach((name, i) => {
    if (name.trim() === '') {
      throw new InputError(`${source}: ${where}, column ${i + 1} has no name; give every column a name`);
    }
    const earlier = firstAt.get(name);
    if (earlier !== undefined) {
      throw new InputError(`${source}: ${where}, columns ${earlier + 1} and ${i + 1} are both named "${name}"; rename one of them`);
    }
    firstAt.set(name, i);
  });
}
