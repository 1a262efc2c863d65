/**
 * A one-per-line box (Scenarios, Rules) with `lines` added below the user's
 * own; a line already there, or given twice, is added once.
 */
export function withLines(boxText: string, lines: readonly string[]): { text: string; added: string[] } {
  const present = new Set(boxText.split('\n').map((l) => l.trim()));
  const added = [...new Set(lines)].filter((e) => !present.has(e));
  if (added.length === 0) return { text: boxText, added };
  const kept = boxText.replace(/\s+$/, '');
  return { text: [...(kept === '' ? [] : [kept]), ...added].join('\n'), added };
}
