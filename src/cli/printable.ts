/**
 * A line safe to print on a terminal: C0 and C1 control characters and DEL (a
 * column name read from a file may hold `ESC [31m`, which recolours or rewrites
 * the terminal) become visible escapes such as `\x1b`; a backslash is left as is.
 */
export function printable(line: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return line.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
