const NUMBER_LIKE = /^(-|[-+]?\d[\d.,eE+-]*%?)$/;

/**
 * Plain-text table with aligned columns, two spaces apart: columns whose
 * cells are all numbers (or "-") are right-aligned, the others left-aligned.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (r: readonly string[], c: number) => r[c] ?? '';
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => cell(r, c).length)));
  const right = header.map((_, c) => rows.length > 0 && rows.every((r) => NUMBER_LIKE.test(cell(r, c))));
  const line = (r: readonly string[]) =>
    widths
      .map((w, c) => (right[c] ? cell(r, c).padStart(w) : cell(r, c).padEnd(w)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
