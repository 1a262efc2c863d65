import type { Schema } from '../schema.ts';
import type { Axis } from './axis.ts';
import type { DisclosureReport } from '../privacy/disclosure-report.ts';
import type { DpReport } from '../privacy/dp-report.ts';
import type { NumericCopula } from '../dependence/normal-score-copula.ts';
import type { FineMarginal } from './fine-marginal.ts';
import type { Table } from './table.ts';
import type { RelatedLayout } from '../related/related-layout.ts';

/**
 * What the loop aims at (LLMSynthor §3.1): every included column's marginal and
 * the joint tables over the chosen column groups, with the schema so the loop
 * can run from these tables alone.
 */
export interface Targets {
  readonly schema: Schema;
  /** Records in the source data; every table's total. */
  readonly rowCount: number;
  /** One axis per included column, in schema order; tables share these objects. */
  readonly axes: readonly Axis[];
  /** The marginals (schema order), then the joints in the order asked for. */
  readonly tables: readonly Table[];
  /** Per numeric axis (by column name), the fine-grained marginal the sampler draws values from. */
  readonly fine?: readonly FineMarginal[];
  /** How numeric columns move together beyond their bins (absent: independently inside the bins, e.g. under DP). */
  readonly copula?: NumericCopula;
  /** What disclosure control pooled and suppressed, when it was on. */
  readonly disclosure?: DisclosureReport;
  /** Differential privacy: budget spent per table and the guarantee, when DP mode was on. */
  readonly dp?: DpReport;
  /** When each record is a parent holding its children (households and members): how to write the two tables back. */
  readonly related?: RelatedLayout;
}
