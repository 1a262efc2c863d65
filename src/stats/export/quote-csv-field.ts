/**
 * One field as RFC 4180 writes it: in double quotes, inner quotes doubled,
 * when it holds the delimiter, a quote, CR or LF; as is otherwise.
 */
export function quoteCsvField(text: string, delimiter: string): string {
  if (!text.includes(delimiter) && !/["\r\n]/.test(text)) return text;
  return `"${text.replaceAll('"', '""')}"`;
}
