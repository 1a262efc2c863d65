import { InputError } from '../../stats/input-error.ts';
import type { Condition, Rule } from './rule.ts';

/**
 * Parses `<condition> [and <condition>…] => <condition>`, where a condition is
 * `column op value` (op one of < <= > >= = !=) or `column [not] in {a, b}`.
 * Column names and values with spaces or symbols go in double quotes:
 * `"Body Mass (g)" >= 5000 => Species in {Gentoo}`.
 */
export function parseRule(text: string): Rule {
  const parts = text.split('=>');
  if (parts.length !== 2) throw fail(text, 'write it as "<condition> => <condition>", e.g. age < 18 => education in {none}');
  const when = splitAnd(parts[0]).map((c) => parseCondition(c, text));
  return { text: text.trim(), when, then: parseCondition(parts[1], text) };
}

function fail(text: string, problem: string): InputError {
  return new InputError(`rule "${text.trim()}": ${problem}`);
}

export function splitAnd(text: string): string[] {
  return splitOutside(text, /^and\s/i);
}

/**
 * Splits at each whitespace followed by `word` (a regex anchored at ^) outside
 * double quotes and braces, so a name or a set holding the word stays whole;
 * the pieces keep their spaces (callers trim).
 */
export function splitOutside(text: string, word: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '{') depth++;
    else if (!quoted && ch === '}') depth--;
    else if (!quoted && depth === 0 && /\s/.test(ch)) {
      const match = word.exec(text.slice(i + 1));
      if (match) {
        out.push(text.slice(start, i));
        i += match[0].length;
        start = i + 1;
      }
    }
  }
  out.push(text.slice(start));
  return out;
}

const TOKEN = /\s*("(?:[^"\\]|\\.)*"|<=|>=|!=|[<>={},]|[^\s<>=!{},"]+)/y;

function tokenize(text: string, rule: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let rest = text.trim();
  while (rest.length > 0) {
    TOKEN.lastIndex = 0;
    const m = TOKEN.exec(rest);
    if (!m) throw fail(rule, `cannot read "${rest}"`);
    tokens.push(m[1]);
    rest = rest.slice(m[0].length).trim();
  }
  return tokens;
}

function unquote(token: string): string {
  return token.startsWith('"') ? token.slice(1, -1).replace(/\\(.)/g, '$1') : token;
}

export function parseCondition(text: string, rule: string): Condition {
  const tokens = tokenize(text, rule);
  if (tokens.length < 3) throw fail(rule, `"${text.trim()}" is not a condition; write column op value or column in {a, b}`);
  const column = unquote(tokens[0]);
  const negated = tokens[1].toLowerCase() === 'not';
  const op = tokens[negated ? 2 : 1];
  if (op.toLowerCase() === 'in') {
    const list = tokens.slice(negated ? 3 : 2);
    if (list[0] !== '{' || list.at(-1) !== '}') throw fail(rule, `"${text.trim()}": list the values in braces, e.g. {a, b}`);
    const values = list
      .slice(1, -1)
      .filter((t) => t !== ',')
      .map(unquote);
    if (values.length === 0) throw fail(rule, `"${text.trim()}": the list is empty`);
    return { column, kind: 'in', values, negated };
  }
  if (negated || tokens.length !== 3) throw fail(rule, `"${text.trim()}" is not a condition; write column op value or column in {a, b}`);
  if (op !== '<' && op !== '<=' && op !== '>' && op !== '>=' && op !== '=' && op !== '!=') throw fail(rule, `unknown operator "${op}" (use < <= > >= = != in)`);
  const raw = unquote(tokens[2]);
  const number = tokens[2].startsWith('"') ? Number.NaN : Number(raw);
  return { column, kind: 'compare', op, value: Number.isFinite(number) ? number : raw };
}
