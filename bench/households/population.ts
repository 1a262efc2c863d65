import type { Column } from '../../src/stats/column.ts';
import type { Dataset } from '../../src/stats/dataset.ts';

/**
 * Two linked tables as the lead's synthesizeRelated takes and returns them
 * (src/synth/related/synthesize-related.ts, `RelatedData`): a parent table, a
 * child table and the key column both hold. Declared here so the bench
 * compiles before that module exists; the two types are the same shape.
 */
export interface RelatedTables {
  readonly parent: Dataset;
  readonly child: Dataset;
  readonly key: string;
}

/** The households table's columns, as bench/data/households/README.md names them. */
export const HOUSEHOLD_COLUMNS = {
  size: 'hh_size',
  vehicles: 'num_vehicles',
  income: 'family_income',
  children: 'num_own_children',
  workers: 'workers_in_family',
} as const;

export interface Person {
  /** The household key as written (numbers as their decimal text); null when missing. */
  readonly key: string | null;
  /** NaN when missing. */
  readonly age: number;
  readonly sex: string | null;
  readonly race: string | null;
}

export interface Household {
  readonly key: string | null;
  /** Household attributes; NaN when missing. */
  readonly size: number;
  readonly vehicles: number;
  readonly income: number;
  readonly children: number;
  readonly workers: number;
  /** The persons whose key is this household's (both households when a key repeats). */
  readonly members: readonly Person[];
}

/** Households with their members attached by key, and every person (orphans included). */
export interface Population {
  readonly households: readonly Household[];
  readonly persons: readonly Person[];
}

/** Reads two linked Datasets into plain households and persons, joined on the key. */
export function populationOf(data: RelatedTables): Population {
  const { parent, child, key } = data;
  const personKey = columnOf(child, key);
  const age = columnOf(child, 'age');
  const sex = columnOf(child, 'sex');
  const race = columnOf(child, 'race');
  const persons: Person[] = Array.from({ length: child.rowCount }, (_, i) => ({
    key: textAt(personKey, i),
    age: numberAt(age, i),
    sex: textAt(sex, i),
    race: textAt(race, i),
  }));
  const byKey = new Map<string, Person[]>();
  for (const p of persons) {
    if (p.key === null) continue;
    const list = byKey.get(p.key);
    if (list) list.push(p);
    else byKey.set(p.key, [p]);
  }
  const householdKey = columnOf(parent, key);
  const attribute = (name: string) => columnOf(parent, name);
  const columns = {
    size: attribute(HOUSEHOLD_COLUMNS.size),
    vehicles: attribute(HOUSEHOLD_COLUMNS.vehicles),
    income: attribute(HOUSEHOLD_COLUMNS.income),
    children: attribute(HOUSEHOLD_COLUMNS.children),
    workers: attribute(HOUSEHOLD_COLUMNS.workers),
  };
  const households: Household[] = Array.from({ length: parent.rowCount }, (_, i) => {
    const k = textAt(householdKey, i);
    return {
      key: k,
      size: numberAt(columns.size, i),
      vehicles: numberAt(columns.vehicles, i),
      income: numberAt(columns.income, i),
      children: numberAt(columns.children, i),
      workers: numberAt(columns.workers, i),
      members: k === null ? [] : (byKey.get(k) ?? []),
    };
  });
  return { households, persons };
}

/** The subset of households kept by `keep`, with the persons whose key is one of theirs. */
export function subPopulation(population: Population, keep: (h: Household, index: number) => boolean): Population {
  const households = population.households.filter(keep);
  const keys = new Set(households.map((h) => h.key));
  return { households, persons: population.persons.filter((p) => p.key !== null && keys.has(p.key)) };
}

function columnOf(dataset: Dataset, name: string): Column {
  const column = dataset.columns.find((c) => c.name === name);
  if (!column) throw new RangeError(`bench: the table has no column "${name}" (columns: ${dataset.columns.map((c) => c.name).join(', ')})`);
  return column;
}

function textAt(column: Column, i: number): string | null {
  if (column.type === 'categorical') return column.dictionary[column.codes[i]] ?? null;
  const v = column.values[i];
  return Number.isNaN(v) ? null : String(v);
}

function numberAt(column: Column, i: number): number {
  if (column.type === 'numeric') return column.values[i];
  const text = column.dictionary[column.codes[i]];
  return text === null || text === undefined || text.trim() === '' ? Number.NaN : Number(text);
}
