import type { Condition, Rule } from './rule.ts';

/** Characters the rule tokenizer reads as syntax, and words it reads as keywords. */
const SYNTAX = /[\s<>=!{},"\\]/;
const KEYWORDS = new Set(['and', 'in', 'not']);

/**
 * A rule written in the rule language (parse-rule.ts), so that parsing the
 * text gives the rule back: names and categories with spaces, symbols or
 * keywords go in double quotes, and so does a category that reads as a
 * number ("1.0" must stay the category "1.0", not the number 1).
 */
export function formatRule(rule: Pick<Rule, 'when' | 'then'>): string {
  return `${rule.when.map(formatCondition).join(' and ')} => ${formatCondition(rule.then)}`;
}

export function formatCondition(condition: Condition): string {
  const column = quoteWord(condition.column, false);
  if (condition.kind === 'in') {
    return `${column} ${condition.negated ? 'not in' : 'in'} {${condition.values.map((v) => quoteWord(v, false)).join(', ')}}`;
  }
  const value = typeof condition.value === 'number' ? String(condition.value) : quoteWord(condition.value, true);
  return `${column} ${condition.op} ${value}`;
}

/** `word` as one token; `textValue`: a compared string value, quoted when it would read as a number. */
function quoteWord(word: string, textValue: boolean): string {
  const plain = word !== '' && !SYNTAX.test(word) && !KEYWORDS.has(word.toLowerCase()) && !word.includes('=>');
  if (plain && !(textValue && Number.isFinite(Number(word)))) return word;
  return `"${word.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
