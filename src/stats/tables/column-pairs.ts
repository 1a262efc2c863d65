/** Every unordered pair of the names, in order: 12 names → 66 pairs. */
export function columnPairs(names: readonly string[]): string[][] {
  const pairs: string[][] = [];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) pairs.push([names[i], names[j]]);
  return pairs;
}
