import type { Directive } from './datetime-directives.ts';
import type { DatetimePart } from './datetime-pattern.ts';

/**
 * An anchored regular expression (JSON Schema `pattern` syntax: plain groups,
 * no flags) that every text formatDatetime writes with these parts matches,
 * and the length of the longest such text. It follows what is written, not
 * all that parseDatetime would accept (names in their written case).
 */
export function datetimeTextPattern(parts: readonly DatetimePart[]): { pattern: string; maxLength: number } {
  let pattern = '';
  let maxLength = 0;
  for (const part of parts) {
    const piece = part.kind === 'literal' ? { pattern: escape(part.text), maxLength: part.text.length } : directivePattern(part.directive, part.padded);
    pattern += piece.pattern;
    maxLength += piece.maxLength;
  }
  return { pattern: `^${pattern}$`, maxLength };
}

function directivePattern(directive: Directive, padded: boolean): { pattern: string; maxLength: number } {
  switch (directive.kind) {
    case 'name':
      return { pattern: `(${directive.names.join('|')})`, maxLength: Math.max(...directive.names.map((n) => n.length)) };
    case 'offset':
      return directive.colon ? { pattern: '\\+00:00', maxLength: 6 } : { pattern: '\\+0000', maxLength: 5 };
    case 'zone':
      return { pattern: 'UTC', maxLength: 3 };
    case 'number': {
      const w = directive.width;
      if (!padded) return { pattern: `[0-9]{1,${w}}`, maxLength: w };
      return { pattern: directive.pad === ' ' ? `[ 0-9]{${w - 1}}[0-9]` : `[0-9]{${w}}`, maxLength: w };
    }
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
