/**
 * A strftime-style format compiled once into parts. Supported directives:
 * %Y (4 digits), %m %d %H %M %S (two digits written; one or two read, as
 * Python's strptime does), %-m %-d %-H %-M %-S (written without padding),
 * %f (fraction of a second: up to 6 digits read, 3 written, since we keep
 * milliseconds) and %%. Everything else in the format is literal text.
 */
export type DatetimeField = 'Y' | 'm' | 'd' | 'H' | 'M' | 'S' | 'f';

export type DatetimePart =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'field'; readonly field: DatetimeField; readonly padded: boolean };

export type CompiledFormat = { readonly parts: readonly DatetimePart[] } | { readonly unsupported: string };

const FIELDS = new Set<string>(['Y', 'm', 'd', 'H', 'M', 'S', 'f']);
const UNPADDABLE = new Set<string>(['m', 'd', 'H', 'M', 'S']);
const cache = new Map<string, CompiledFormat>();

/** Compiles (and caches) a format; `unsupported` names the first directive we cannot handle. */
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
    const c = format[i];
    if (c !== '%') {
      literal += c;
      continue;
    }
    const next = format[i + 1];
    if (next === '%') {
      literal += '%';
      i++;
      continue;
    }
    const unpadded = next === '-';
    const field = unpadded ? format[i + 2] : next;
    if (field === undefined || !FIELDS.has(field) || (unpadded && !UNPADDABLE.has(field))) {
      return { unsupported: format.slice(i, i + (unpadded ? 3 : 2)) };
    }
    if (literal) parts.push({ kind: 'literal', text: literal });
    literal = '';
    parts.push({ kind: 'field', field: field as DatetimeField, padded: !unpadded });
    i += unpadded ? 2 : 1;
  }
  if (literal) parts.push({ kind: 'literal', text: literal });
  return { parts };
}
