import { DIRECTIVES, MACROS, UNREADABLE, type Directive } from './datetime-directives.ts';

/**
 * A strftime format compiled once into literal text and directives
 * (datetime-directives.ts). `%-d` (any number, glibc's flag) is written
 * without padding and read with one digit or more; macros such as %F are
 * expanded; %% is a literal percent sign.
 */
export type DatetimePart =
  { readonly kind: 'literal'; readonly text: string } | { readonly kind: 'directive'; readonly directive: Directive; readonly padded: boolean };

/** `problem` finishes a sentence naming the format, e.g. `uses an unknown directive %Q; use Python strftime directives`. */
export type CompiledFormat = { readonly parts: readonly DatetimePart[] } | { readonly problem: string };

const NAMES = new Set([...Object.keys(DIRECTIVES), ...Object.keys(MACROS), '%']);
const cache = new Map<string, CompiledFormat>();

/** Compiles (and caches) a format. */
export function compileDatetimeFormat(format: string): CompiledFormat {
  let compiled = cache.get(format);
  if (compiled === undefined) {
    compiled = compile(format);
    cache.set(format, compiled);
  }
  return compiled;
}

function compile(format: string): CompiledFormat {
  const parts: DatetimePart[] = [];
  let literal = '';
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') {
      literal += format[i];
      continue;
    }
    const at = i;
    const unpadded = format[i + 1] === '-';
    const start = unpadded ? i + 2 : i + 1;
    // Two-character names first: %3f, %:z.
    const name = [format.slice(start, start + 2), format.slice(start, start + 1)].find((n) => NAMES.has(n));
    if (name === undefined) return { problem: unknown(format, at, start) };
    i = start + name.length - 1;
    if (name === '%') {
      literal += '%';
      continue;
    }
    const directive = Object.hasOwn(DIRECTIVES, name) ? DIRECTIVES[name] : undefined;
    if (unpadded && directive?.kind !== 'number') {
      return { problem: `uses ${format.slice(at, i + 1)}, but only numbers can be written without padding; drop the "-"` };
    }
    if (literal) parts.push({ kind: 'literal', text: literal });
    literal = '';
    if (directive !== undefined) {
      parts.push({ kind: 'directive', directive, padded: !unpadded });
      continue;
    }
    const expanded = compileDatetimeFormat(MACROS[name]);
    if (!('parts' in expanded)) return expanded;
    parts.push(...expanded.parts);
  }
  if (literal) parts.push({ kind: 'literal', text: literal });
  return { parts: mergeLiterals(parts) };
}

/** Why the directive at `at` (its letter at `start`) is refused. */
function unknown(format: string, at: number, start: number): string {
  const letter = format[start];
  if (letter === undefined && start === at + 1) return 'ends with a lone %; write %% for a percent sign';
  // %3f and %:z take two characters: "%:x" is named whole, not as "%:".
  const written = format.slice(at, start + (letter === '3' || letter === ':' ? 2 : 1));
  if (letter !== undefined && Object.hasOwn(UNREADABLE, letter)) {
    return `uses ${written} (${UNREADABLE[letter]}), a directive Synthor cannot turn back into a date; write the date with %Y %m %d or %Y %j`;
  }
  return `uses an unknown directive ${written}; use Python strftime directives`;
}

/** A macro next to literal text leaves two literals in a row; one reads the same and is simpler to match. */
function mergeLiterals(parts: readonly DatetimePart[]): DatetimePart[] {
  const merged: DatetimePart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (part.kind === 'literal' && last?.kind === 'literal') merged[merged.length - 1] = { kind: 'literal', text: last.text + part.text };
    else merged.push(part);
  }
  return merged;
}
