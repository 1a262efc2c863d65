import type { Dataset } from '../stats/dataset.ts';
import { evaluate } from '../stats/metrics/evaluate.ts';
import { utilityTargets } from '../stats/metrics/utility/utility-targets.ts';
import { independentMarginals } from '../synth/baselines/independent-marginals.ts';
import type { ProgressLine } from '../stats/metrics/progress-line.ts';
import type { SynthesisRun } from '../synth/loop/synthesis-run.ts';
import { comparisonSamples } from './comparison-samples.ts';
import { columnOverlays } from './column-overlays.ts';
import { flowMatrix, timeProfile } from './flow-views.ts';
import { scenarioReports } from './scenario-reports.ts';
import { relatedReport } from './related-run.ts';
import type { PreparedTargets } from './prepare-targets.ts';
import type { RunReportData } from './synth-api.ts';

/**
 * The report of a finished run: the loop's last fit, the synthetic rows scored
 * against the training rows (privacy against the holdout, its distances on a
 * random sample seeded from the run's seed), the holdout as the ceiling and
 * independent marginals from the same targets as the floor — those two on a
 * shared random sample of the training rows (comparisonSamples), stated in
 * `comparisonSamples` — and the columns utility can predict (it runs on
 * request: `SynthSession.utility`). Without micro data (imported stats, or a
 * restored run whose file was not reloaded) only the fit and the overlays
 * remain. Scenarios are measured in the synthetic records, and trips get
 * their origin–destination matrix and time profile (flow-views.ts).
 * `onProgress` hears a line before each step, each column and pair included.
 */
export function runReport(options: {
  prepared: PreparedTargets;
  run: Pick<SynthesisRun, 'history'>;
  synthetic: Dataset;
  seed: number;
  onProgress?: ProgressLine;
  /** Rows a side of the ceiling and floor; default COMPARISON_ROWS. */
  comparisonRows?: number;
}): RunReportData {
  const { prepared, run, synthetic, seed, onProgress, comparisonRows } = options;
  const { targets, training, holdout } = prepared;
  const step = (what: string): ProgressLine | undefined => onProgress && ((line) => onProgress(`${what}: ${line}`));
  const last = run.history.at(-1);
  const evaluation = training
    ? evaluate({ real: training, synthetic, holdout: holdout ?? undefined, privacySample: { seed }, onProgress: step('synthetic vs training rows') })
    : null;
  const compared = training ? comparisonSamples({ training, holdout, syntheticRows: synthetic.rowCount, seed, limit: comparisonRows }) : null;
  const floor = compared
    ? evaluate({
        real: compared.training,
        synthetic: independentMarginals({ targets, rows: compared.baselineRows, seed }),
        onProgress: step('floor (independent marginals)'),
      })
    : null;
  const ceiling = compared?.holdout ? evaluate({ real: compared.training, synthetic: compared.holdout, onProgress: step('held-out rows') }) : null;
  onProgress?.('charts, utility targets and scenarios');
  const overlays = columnOverlays(targets, synthetic);
  const views = { targets, baseline: prepared.baseline ?? null, synthetic };
  return {
    rows: synthetic.rowCount,
    iterations: run.history.length,
    meanTvd: last?.meanTvd ?? Number.NaN,
    tables: last?.tables ?? [],
    ruleViolations: last?.ruleViolations ?? 0,
    evaluation,
    ceiling,
    floor,
    comparisonSamples: compared?.sizes ?? null,
    overlays,
    disclosure: targets.disclosure ?? null,
    dp: targets.dp ?? null,
    utilityTargets: training && holdout ? utilityTargets(training) : [],
    related: relatedReport({ targets, synthetic, overlays, tables: prepared.tables ?? null }),
    scenarios: scenarioReports(prepared.scenarios ?? [], targets, synthetic),
    flows: flowMatrix(views),
    time: timeProfile(views),
  };
}
