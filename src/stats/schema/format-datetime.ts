import type { Directive } from './datetime-directives.ts';
import { compileDatetimeFormat } from './datetime-pattern.ts';
import { wallClock, type WallClock } from './wall-clock.ts';

/**
 * Writes milliseconds since 1970 (UTC) with a strftime format, as Python's
 * strftime does for a UTC datetime in the C locale; the inverse of
 * parseDatetime. One difference: %Y is always four digits (glibc writes year
 * 50 as "50", which no reader takes back).
 */
export function formatDatetime(ms: number, format: string): string {
  const compiled = compileDatetimeFormat(format);
  if (!('parts' in compiled)) throw new Error(`formatDatetime: format "${format}" ${compiled.problem}`);
  if (!Number.isFinite(ms)) return '';
  const clock = wallClock(ms);
  let out = '';
  for (const part of compiled.parts) out += part.kind === 'literal' ? part.text : writeDirective(part.directive, part.padded, clock);
  return out;
}

function writeDirective(directive: Directive, padded: boolean, clock: WallClock): string {
  switch (directive.kind) {
    case 'name':
      return directive.names[clock[directive.field] - directive.first];
    case 'offset':
      return directive.colon ? '+00:00' : '+0000';
    case 'zone':
      return 'UTC';
    case 'number': {
      const value = directive.fraction ? Math.floor(clock.micro / 10 ** (6 - directive.width)) : clock[directive.field];
      return padded ? String(value).padStart(directive.width, directive.pad) : String(value);
    }
  }
}
