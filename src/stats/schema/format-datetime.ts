import { compileDatetimeFormat } from './datetime-pattern.ts';

/** Writes milliseconds since 1970 (UTC) with a strftime-style format; the inverse of parseDatetime. */
export function formatDatetime(ms: number, format: string): string {
  const compiled = compileDatetimeFormat(format);
  if (!('parts' in compiled)) throw new Error(`formatDatetime: format "${format}" uses ${compiled.unsupported}, which is not supported`);
  if (!Number.isFinite(ms)) return '';
  const date = new Date(ms);
  const value = {
    Y: date.getUTCFullYear(),
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
    H: date.getUTCHours(),
    M: date.getUTCMinutes(),
    S: date.getUTCSeconds(),
    f: date.getUTCMilliseconds(),
  };
  let out = '';
  for (const part of compiled.parts) {
    if (part.kind === 'literal') out += part.text;
    else if (!part.padded) out += String(value[part.field]);
    else out += String(value[part.field]).padStart(part.field === 'Y' ? 4 : part.field === 'f' ? 3 : 2, '0');
  }
  return out;
}
