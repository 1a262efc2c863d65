/**
 * The JSON value in a planner's answer: the whole text when it is JSON, else
 * the first balanced `{…}` in it, which is how models that were not
 * grammar-constrained wrap it (```json fences, "Here is the plan:" before it).
 * `ok: false` when neither parses.
 */
export function parsePlanText(text: string): { ok: true; value: unknown } | { ok: false } {
  const whole = tryParse(text);
  if (whole.ok) return whole;
  const start = text.indexOf('{');
  if (start < 0) return { ok: false };
  const end = balancedEnd(text, start);
  return end < 0 ? { ok: false } : tryParse(text.slice(start, end + 1));
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // Not JSON (a SyntaxError, or a RangeError on absurd nesting): the caller reports it.
    return { ok: false };
  }
}

/** Index of the `}` closing the `{` at `start`, skipping braces inside strings; −1 if it never closes. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}
