/**
 * The joints field: groups separated by ";", columns by ",", e.g.
 * "Species, Island; Sex, Body Mass (g)". Empty means "suggest them" (null);
 * "none" means marginals only. The worker checks the names against the schema.
 */
export function parseJointsText(text: string): string[][] | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (trimmed.toLowerCase() === 'none') return [];
  return trimmed
    .split(';')
    .map((group) =>
      group
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== ''),
    )
    .filter((group) => group.length > 0);
}

/** The inverse, to show the suggested groups in the field. */
export function jointsToText(groups: readonly (readonly string[])[]): string {
  return groups.length === 0 ? 'none' : groups.map((g) => g.join(', ')).join('; ');
}
