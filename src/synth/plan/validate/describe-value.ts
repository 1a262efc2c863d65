/** Longest rendering of a bad value in a repair message: planner output can be of any size. */
const MAX_SHOWN = 60;

/** A value as a repair message shows it: its JSON (strings quoted), cut short. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // A BigInt or a cycle (a caller's live object), or nesting too deep to stringify.
    text = Object.prototype.toString.call(value);
  }
  // JSON writes NaN and ±Infinity as null; show them as they are.
  if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
