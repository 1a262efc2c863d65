import { InputError } from '../../stats/input-error.ts';
import { parseCondition, splitAnd, splitOutside } from '../rules/parse-rule.ts';
import type { Scenario } from './scenario.ts';

const SYNTAX = 'write it as "<change> <condition> [and …] [in <condition> [and …]]", e.g. +30% destination = LAS in time_bin = 20-24';
/** A factor larger than this is surely a typo (×1000 of a cell). */
const MAX_FACTOR = 100;

/**
 * Parses a scenario: a change — `+30%`, `-20%`, `x1.5` (or `×1.5`), `none` —
 * then the records it applies to, then optionally `in` and the records whose
 * total stays (conditions as in rules: `column = value`, `column in {a, b}`,
 * joined by `and`). `none origin = ORD in time_bin = 06-09`: no trips from
 * ORD in 06–09, the other origins filling that hour as many trips as before.
 */
export function parseScenario(text: string): Scenario {
  const fail = (problem: string) => new InputError(`scenario "${text.trim()}": ${problem}`);
  const match = /^\s*(?:([+-]\d+(?:\.\d+)?)\s*%|[x×]\s*(\d+(?:\.\d+)?)|(none)\b)\s*(.*)$/is.exec(text);
  if (!match) throw fail(SYNTAX);
  const factor = match[3] ? 0 : match[1] !== undefined ? 1 + Number(match[1]) / 100 : Number(match[2]);
  if (!(factor >= 0)) throw fail(`${match[1]}% would leave fewer than no records; the most a change can take away is -100% (or none)`);
  if (factor > MAX_FACTOR) throw fail(`a change of ×${factor} is more than ×${MAX_FACTOR}; write a smaller one`);
  const [targetText, contextText, extra] = splitContext(match[4]);
  if (extra !== undefined) throw fail(`"in" appears twice; ${SYNTAX}`);
  if (targetText.trim() === '') throw fail(`no records named after the change; ${SYNTAX}`);
  const conditions = (part: string) => splitAnd(part).map((c) => parseCondition(c, text));
  return { text: text.trim(), factor, target: conditions(targetText), context: contextText === undefined ? [] : conditions(contextText) };
}

/** Splits at each top-level ` in ` that does not open a set (`column in {…}` stays a condition). */
function splitContext(text: string): string[] {
  return splitOutside(text, /^in\s+(?!\{)/i);
}
