import type { TopLevelSpec } from 'vega-lite';
import type { IterationReport, RunReportData, Utility } from '../workers/synth-api.ts';
import { chartSvg } from './chart-svg.ts';
import { convergenceSpec } from './charts/convergence-spec.ts';
import { flowMatrixSpec } from './charts/flow-matrix-spec.ts';
import { overlaySpec } from './charts/overlay-spec.ts';
import { comparesAssociations, pairHeatmapSpec } from './charts/pair-heatmap-spec.ts';
import { tableTvdSpec } from './charts/table-tvd-spec.ts';
import { timeProfileSpec } from './charts/time-profile-spec.ts';
import { reportHtml } from './report-html.ts';

/** The report's charts (the run's and the report's), each drawn to SVG, then the whole report as HTML. */
export async function reportDocument(input: {
  fileName: string;
  report: RunReportData;
  history: readonly IterationReport[];
  seed: number;
  planner: string;
  /** The utility run on request, when there was one. */
  utility: Utility | null;
}): Promise<string> {
  const { report } = input;
  const pairsTitle = report.evaluation && comparesAssociations(report.evaluation) ? 'Column pairs: real vs synthetic association' : 'Column pair trends';
  const specs: { title: string; spec: TopLevelSpec; pairs?: boolean }[] = [
    ...(input.history.length > 0 ? [{ title: 'Mean TVD per iteration', spec: convergenceSpec(input.history) }] : []),
    ...(report.tables.length > 0 ? [{ title: 'Worst tables by TVD', spec: tableTvdSpec(report.tables) }] : []),
    ...(report.evaluation ? [{ title: pairsTitle, spec: pairHeatmapSpec(report.evaluation), pairs: true }] : []),
    ...(report.flows ? [{ title: `${report.flows.origin} × ${report.flows.destination}`, spec: flowMatrixSpec(report.flows) }] : []),
    ...(report.time ? [{ title: `${report.time.column}: before vs after`, spec: timeProfileSpec(report.time) }] : []),
    ...report.overlays.map((o) => ({ title: `${o.column}: real vs synthetic shares`, spec: overlaySpec(o) })),
  ];
  const charts = await Promise.all(specs.map(async (c) => ({ title: c.title, svg: await chartSvg(c.spec), pairs: c.pairs })));
  return reportHtml({ fileName: input.fileName, report, seed: input.seed, planner: input.planner, charts, utility: input.utility });
}
