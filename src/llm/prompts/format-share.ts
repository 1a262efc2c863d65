/** A share as the prompt writes it: a percentage with one decimal ("16.3%"). */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
