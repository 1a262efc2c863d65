// The datetime entry point others import; each concept lives in its own file.
export { detectDatetimeFormat } from './detect-datetime-format.ts';
export { parseDatetime, readDatetime } from './parse-datetime.ts';
export { formatDatetime } from './format-datetime.ts';
export { compileDatetimeFormat } from './datetime-pattern.ts';
export { datetimeTextPattern } from './datetime-text-pattern.ts';
export { datetimeResolution } from './datetime-resolution.ts';
