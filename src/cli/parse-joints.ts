import type { Schema } from '../stats/schema.ts';
import { UsageError } from './usage-error.ts';

/** "a,b;c,d" → [["a","b"],["c","d"]], every name checked against the included columns. */
export function parseJoints(text: string | undefined, options: { schema: Schema; command: string }): string[][] {
  const { schema, command } = options;
  if (text === undefined || text.trim() === '') return [];
  const included = schema.columns.filter((c) => c.included).map((c) => c.name);
  return text.split(';').map((group) => {
    const names = group.split(',').map((s) => s.trim());
    if (names.length < 2 || names.some((n) => n === '')) {
      throw new UsageError(`${command}: --joints group "${group}" needs two or more column names separated by commas`);
    }
    for (const name of names) {
      if (included.includes(name)) continue;
      const excluded = schema.columns.find((c) => c.name === name);
      throw new UsageError(
        excluded
          ? `${command}: --joints: column "${name}" is excluded from statistics (${excluded.kind}); include it in --metadata or leave it out (included: ${included.join(', ')})`
          : `${command}: --joints: no column "${name}" (columns: ${included.join(', ')})`,
      );
    }
    if (new Set(names).size !== names.length) throw new UsageError(`${command}: --joints group "${group}" names a column twice`);
    return names;
  });
}
