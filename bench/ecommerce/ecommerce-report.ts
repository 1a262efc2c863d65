import { formatTable } from '../../src/cli/format-table.ts';
import type { EcommerceMetricName, EcommerceMetrics } from './ecommerce-metrics.ts';
import { ECOMMERCE_METRIC_NAMES } from './ecommerce-metrics.ts';
import type { EcommerceMethod, MethodId } from './ecommerce-methods.ts';
import { MAX_COPIED_SHARE, PAPER_LLMSYNTHOR } from './paper-results.ts';

export interface MethodSummary {
  readonly method: EcommerceMethod;
  /** Median over seeds of each metric. */
  readonly metrics: EcommerceMetrics;
  /** Median wall time of one run (one seed), ms. */
  readonly ms: number;
}

export interface Verdict {
  readonly metric: EcommerceMetricName;
  readonly pass: boolean;
  readonly rule: string;
}

const LABELS: Record<EcommerceMetricName, string> = {
  ageW1: 'age W1',
  genderTvd: 'gender TVD',
  locationTvd: 'location TVD',
  categoryTvd: 'category TVD',
  priceW1: 'price W1',
  paymentTvd: 'payment TVD',
  jsdAgeGenderCategory: 'JSD [age, gender, category]',
  jsdCategoryPrice: 'JSD [category, price]',
  jsdLocationPayment: 'JSD [location, payment]',
  copiedShare: 'copied rows',
};

function format(metric: EcommerceMetricName, value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '-';
  if (metric === 'copiedShare') return `${(100 * value).toFixed(2)}%`;
  return metric.endsWith('W1') ? value.toFixed(2) : value.toFixed(4);
}

/** Four significant digits, so a verdict never reads "0.0003 ≤ 0.0003" and fails. */
function precise(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}

/** Rows = metrics, columns = the paper's LLMSynthor then each method run. */
export function metricsTable(summaries: readonly MethodSummary[]): string {
  const header = ['metric', 'paper LLMSynthor', ...summaries.map((s) => s.method.label)];
  const rows = ECOMMERCE_METRIC_NAMES.map((name) => [
    LABELS[name],
    format(name, PAPER_LLMSYNTHOR[name]),
    ...summaries.map((s) => format(name, s.metrics[name])),
  ]);
  rows.push(['time per run (ms)', '-', ...summaries.map((s) => s.ms.toFixed(0))]);
  return formatTable(header, rows);
}

/**
 * The bench's bar: on every paper metric Synthor is no worse than the paper's
 * LLMSynthor and no worse than IPF on the same tables (when IPF ran), and it
 * copies at most 1% of the reference rows. Empty when Synthor did not run.
 */
export function verdicts(summaries: readonly MethodSummary[], id: MethodId = 'synthor'): Verdict[] {
  const find = (method: MethodId) => summaries.find((s) => s.method.id === method)?.metrics;
  const synthor = find(id);
  if (!synthor) return [];
  const ipf = find('ipf');
  return ECOMMERCE_METRIC_NAMES.map((metric): Verdict => {
    const value = synthor[metric];
    if (metric === 'copiedShare') return { metric, pass: value <= MAX_COPIED_SHARE, rule: `${format(metric, value)} ≤ ${format(metric, MAX_COPIED_SHARE)}` };
    const paper = PAPER_LLMSYNTHOR[metric] ?? Number.POSITIVE_INFINITY;
    const bar = ipf ? Math.min(paper, ipf[metric]) : paper;
    const rule = `${precise(value)} ≤ paper ${precise(paper)}${ipf ? ` and ≤ IPF ${precise(ipf[metric])}` : ''}`;
    return { metric, pass: value <= bar, rule };
  });
}

export function verdictLines(list: readonly Verdict[]): string {
  if (list.length === 0) return 'verdict: n/a (Synthor not run)';
  const lines = list.map((v) => `${v.pass ? 'PASS' : 'FAIL'}  ${LABELS[v.metric].padEnd(28)} ${v.rule}`);
  const passed = list.filter((v) => v.pass).length;
  return [...lines, `verdict: ${passed}/${list.length} pass`].join('\n');
}
