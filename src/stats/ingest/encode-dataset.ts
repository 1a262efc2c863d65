import type { CategoricalColumn, Column, NumericColumn } from '../column.ts';
import type { Dataset } from '../dataset.ts';
import { InputError } from '../input-error.ts';
import { mergeSpellings } from './merge-spellings.ts';
import type { RawColumn, RawTable } from '../raw-table.ts';
import { isNumericKind, type ColumnSchema, type Schema } from '../schema.ts';
import { readNumber } from '../schema/numeric-text.ts';
import { parseDatetime, readDatetime } from '../schema/parse-datetime.ts';
import { rowLabel } from './row-label.ts';

/**
 * Typed columns from the written strings, in schema order. Columns are matched
 * by name, so a synthetic file can be encoded with the real file's schema.
 * Each distinct value is converted once, then codes are mapped row by row.
 */
export function encodeDataset(raw: RawTable, schema: Schema): Dataset {
  const byName = new Map(raw.columns.map((c) => [c.name, c]));
  const inSchema = new Set(schema.columns.map((c) => c.name));
  const absent = schema.columns.filter((c) => !byName.has(c.name)).map((c) => `"${c.name}"`);
  if (absent.length > 0) {
    throw new InputError(
      `${raw.source}: the schema has ${absent.length > 1 ? 'columns' : 'a column'} ${absent.join(', ')} that the file lacks; add ${absent.length > 1 ? 'them' : 'it'} to the file or use a file with the same columns`,
    );
  }
  const extra = raw.columns.filter((c) => !inSchema.has(c.name)).map((c) => `"${c.name}"`);
  if (extra.length > 0) {
    throw new InputError(
      `${raw.source}: ${extra.length > 1 ? 'columns' : 'column'} ${extra.join(', ')} ${extra.length > 1 ? 'are' : 'is'} not in the schema; remove ${extra.length > 1 ? 'them' : 'it'} or use a file with the same columns`,
    );
  }
  const columns: Column[] = schema.columns.map((spec) => {
    const column = byName.get(spec.name) as RawColumn;
    return isNumericKind(spec.kind) ? encodeNumeric(raw, column, spec) : encodeCategorical(column);
  });
  return { schema, columns, rowCount: raw.rowCount };
}

function encodeCategorical(raw: RawColumn): CategoricalColumn {
  if (raw.numbers !== undefined && !raw.repeats) return encodeNumberSpelled(raw, raw.numbers.values);
  // Categories are distinct: a column read with repeated spellings (a measurement column marked categorical) is merged first.
  const column = mergeSpellings(raw);
  const dictionary: (string | null)[] = [null];
  const remap = new Uint32Array(column.values.length);
  column.values.forEach((value, code) => {
    if (value === '') return; // stays 0, the missing code
    remap[code] = dictionary.length;
    dictionary.push(value);
  });
  const rawCodes = column.codes;
  const codes = new Uint32Array(rawCodes.length);
  for (let i = 0; i < codes.length; i++) codes[i] = remap[rawCodes[i]];
  return { type: 'categorical', name: column.name, dictionary, codes };
}

/**
 * A categorical column whose every value is spelled as a number (an identifier 1…n, a code list):
 * its codes are those of encodeCategorical, found from which code is missing (NaN) alone, and its
 * dictionary is made on first use. A million distinct ids would otherwise be a million strings made
 * while loading, for a column the statistics leave out and few readers (related tables' keys, the
 * preview) ever look at.
 */
function encodeNumberSpelled(raw: RawColumn, numbers: Float64Array): CategoricalColumn {
  let missing = -1;
  for (let code = 0; code < numbers.length && missing < 0; code++) if (Number.isNaN(numbers[code])) missing = code;
  const rawCodes = raw.codes;
  const codes = new Uint32Array(rawCodes.length);
  for (let i = 0; i < codes.length; i++) {
    const code = rawCodes[i];
    codes[i] = missing < 0 || code < missing ? code + 1 : code === missing ? 0 : code;
  }
  let dictionary: (string | null)[] | undefined;
  return {
    type: 'categorical',
    name: raw.name,
    get dictionary() {
      return (dictionary ??= [null, ...raw.values.filter((_, code) => code !== missing)]);
    },
    codes,
  };
}

function encodeNumeric(raw: RawTable, column: RawColumn, spec: ColumnSchema): NumericColumn {
  const lookup = spec.kind === 'numeric' && column.numbers !== undefined ? column.numbers.values : readNumbers(raw, column, spec);
  const codes = column.codes;
  const values = new Float64Array(codes.length);
  for (let i = 0; i < values.length; i++) values[i] = lookup[codes[i]];
  return { type: 'numeric', name: column.name, values };
}

/** Each code's value (NaN for missing) read from its text; throws on text that is not one. */
function readNumbers(raw: RawTable, column: RawColumn, spec: ColumnSchema): Float64Array {
  const lookup = new Float64Array(column.values.length);
  column.values.forEach((text, code) => {
    if (text === '') {
      lookup[code] = NaN;
      return;
    }
    const value = spec.kind === 'datetime' ? parseDatetime(text, spec.format) : (readNumber(text)?.value ?? NaN);
    if (Number.isNaN(value)) throw badValue({ raw, column, code, spec });
    lookup[code] = value;
  });
  return lookup;
}

function badValue(options: { raw: RawTable; column: RawColumn; code: number; spec: ColumnSchema }): InputError {
  const { raw, column, code, spec } = options;
  const where = `${raw.source}: ${rowLabel(raw, column.codes.indexOf(code))}, column "${column.name}" holds "${column.values[code]}"`;
  if (spec.kind === 'datetime') {
    const reading = readDatetime(column.values[code], spec.format);
    const why = 'problem' in reading && reading.problem !== null ? ` (${reading.problem})` : '';
    return new InputError(`${where}, which does not match the date format ${spec.format}${why}; fix the value, or set the column's date format`);
  }
  return new InputError(`${where}, which is not a number; fix the value, or mark the column as categorical`);
}
