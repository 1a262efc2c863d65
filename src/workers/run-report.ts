import type { Dataset } from '../stats/dataset.ts';
import { evaluate } from '../stats/metrics/evaluate.ts';
import { utilityTargets } from '../stats/metrics/utility/utility-targets.ts';
import { independentMarginals } from '../synth/baselines/independent-marginals.ts';
import type { SynthesisRun } from '../synth/loop/synthesis-run.ts';
import { columnOverlays } from './column-overlays.ts';
import { flowMatrix, timeProfile } from './flow-views.ts';
import { scenarioReports } from './scenario-reports.ts';
import { relatedReport } from './related-run.ts';
import type { PreparedTargets } from './prepare-targets.ts';
import type { RunReportData } from './synth-api.ts';

/**
 * The report of a finished run: the loop's last fit, the synthetic rows scored
 * against the training rows (privacy against the holdout), the holdout as the
 * ceiling and independent marginals from the same targets as the floor, and
 * the columns utility can predict (it runs on request: `SynthSession.utility`).
 * Without micro data (imported stats, or a restored run whose file was not
 * reloaded) only the fit and the overlays remain. Scenarios are measured in
 * the synthetic records, and trips get their origin–destination matrix and
 * time profile (flow-views.ts).
 */
export function runReport(options: { prepared: PreparedTargets; run: SynthesisRun; synthetic: Dataset; seed: number }): RunReportData {
  const { prepared, run, synthetic, seed } = options;
  const { targets, training, holdout } = prepared;
  const last = run.history.at(-1);
  const overlays = columnOverlays(targets, synthetic);
  const views = { targets, baseline: prepared.baseline ?? null, synthetic };
  return {
    rows: synthetic.rowCount,
    iterations: run.history.length,
    meanTvd: last?.meanTvd ?? Number.NaN,
    tables: last?.tables ?? [],
    ruleViolations: last?.ruleViolations ?? 0,
    evaluation: training ? evaluate({ real: training, synthetic, holdout: holdout ?? undefined }) : null,
    ceiling: training && holdout ? evaluate({ real: training, synthetic: holdout }) : null,
    floor: training ? evaluate({ real: training, synthetic: independentMarginals({ targets, rows: synthetic.rowCount, seed }) }) : null,
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
