/**
 * A column computed from others after the records are drawn (issue #14
 * item 3): enforced by construction, never learned, so it holds for every
 * record. `lookup` joins a table the user gives (a distance per
 * origin–destination pair); `cut` names ranges of a number (haul from
 * distance); `within` draws a value inside the range a label names (a
 * departure time inside its time bin, "06-09").
 */
export type Derivation =
  | {
      readonly kind: 'lookup';
      readonly column: string;
      /** The columns the table is keyed by, in its order. */
      readonly keys: readonly string[];
      /** Key values joined by \u0000 → the derived value as written. */
      readonly values: ReadonlyMap<string, string>;
      /** Every value is a number: the column is numeric. */
      readonly numeric: boolean;
      readonly source: string;
    }
  | {
      readonly kind: 'cut';
      readonly column: string;
      readonly from: string;
      /** In increasing order: values below `below` (and at or above the previous) get `label`. */
      readonly cuts: readonly { readonly below: number; readonly label: string }[];
      /** The label of values at or above the last cut. */
      readonly rest: string;
    }
  | {
      readonly kind: 'within';
      readonly column: string;
      readonly from: string;
      /** `number`: a whole number in [a, b); `time`: a time of day HH:MM in hours [a, b). */
      readonly format: 'number' | 'time';
    };

/** The text a derivation was written as, for messages. */
export interface DerivationText {
  readonly text: string;
}
