import { InputError } from '../input-error.ts';
import { Scan, type RecordScanner } from './record-scanner.ts';

const DELIMITER_NAMES: Record<string, string> = { ',': 'commas', '\t': 'tabs', ';': 'semicolons', '|': 'pipes' };

/** What DelimitedParser says when a record's quotes are wrong (Scan.OpenQuote, Scan.TextAfterQuote), naming the row and column. */
export function scanError(options: {
  source: string;
  row: number;
  names: readonly string[];
  found: Scan;
  scanner: RecordScanner;
  buf: Uint8Array;
}): InputError {
  const { source, row, names, found, scanner, buf } = options;
  const f = scanner.count;
  const where = `${source}: row ${row}, ${f < names.length ? `column "${names[f]}"` : `column ${f + 1}`}`;
  if (found === Scan.OpenQuote) {
    return new InputError(`${where}: a quote opens here and never closes; add the closing quote (") or remove the stray one`);
  }
  const tail = new TextDecoder().decode(buf.subarray(scanner.next, Math.min(buf.length, scanner.after + 10))).split(/[\r\n]/)[0];
  return new InputError(`${where}: text follows a closing quote (${tail}); quote the whole field and write quotes inside it twice ("")`);
}

/** What DelimitedParser says when a row has more or fewer fields than the header. */
export function raggedRowError(options: { source: string; row: number; delimiter: string; fields: number; width: number }): InputError {
  const { source, row, delimiter, fields, width } = options;
  const what = DELIMITER_NAMES[delimiter] ?? `"${delimiter}" characters`;
  const advice =
    fields > width
      ? `fix the row, or put quotes around values that contain ${what}`
      : `add the missing fields (empty is fine), or join the row if a line break split it`;
  return new InputError(`${source}: row ${row} has ${fields} field${fields === 1 ? '' : 's'}, the header has ${width}; ${advice}`);
}
