import { cutMessage } from '../stats/cut-cell.ts';

/**
 * A line safe to print on a terminal: C0 and C1 control characters and DEL (a
 * column name read from a file may hold `ESC [31m`, which recolours or rewrites
 * the terminal) become visible escapes such as `\x1b`; a backslash is left as is.
 */
export function printable(line: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return line.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** One line of a message for the terminal: its first line, control characters escaped, long values and the line itself cut (cutMessage). */
export function terminalLine(message: string): string {
  return cutMessage(printable(message.split('\n')[0]));
}
