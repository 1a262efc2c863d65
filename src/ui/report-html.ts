import type { Evaluation, RunReportData, Utility } from '../workers/synth-api.ts';
import { comparisonSampleNote, distanceSampleNote } from '../workers/synth-api.ts';
import { disclosureText, dpText } from './privacy-notes-text.ts';
import { reportVerdict } from './report-verdict.ts';
import { CEILING_TITLE, DISCLOSURE_RISK_ROWS, FLOOR_TITLE, QUALITY_ROWS, num, pairScores, pct } from './report-format.ts';

/** Everything the HTML report shows: the run's data and its charts, already rendered to SVG. */
export interface ReportHtmlParts {
  readonly fileName: string;
  readonly report: RunReportData;
  readonly seed: number;
  readonly planner: string;
  /** Inline SVG markup from Vega (trusted: not escaped), each under its title. */
  readonly charts: readonly { readonly title: string; readonly svg: string }[];
  /** The utility run on request, for the verdict; absent or null when none was run. */
  readonly utility?: Utility | null;
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const e = escapeHtml;
const row = (head: string, cells: readonly string[]) => `<tr><th scope="row">${e(head)}</th>${cells.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`;
const headRow = (cells: readonly string[]) => `<thead><tr>${cells.map((c) => `<th scope="col">${e(c)}</th>`).join('')}</tr></thead>`;
const table = (label: string, head: readonly string[] | null, rows: readonly string[]) =>
  `<table aria-label="${e(label)}">${head ? headRow(head) : ''}<tbody>${rows.join('')}</tbody></table>`;
const list = (label: string, items: readonly string[]) =>
  items.length ? `<ul aria-label="${e(label)}">${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>` : '';

function qualitySection(report: RunReportData, evaluation: Evaluation): string {
  const { floor, ceiling } = report;
  const others = [floor, ceiling].filter((x): x is Evaluation => x !== null);
  const head = ['Score', 'Synthetic', ...(floor ? [FLOOR_TITLE] : []), ...(ceiling ? [CEILING_TITLE] : [])];
  const quality = table(
    'Quality scores',
    head,
    QUALITY_ROWS.map((r) =>
      row(
        r.label,
        [evaluation, ...others].map((x) => pct(x[r.key])),
      ),
    ),
  );
  const columnHead = ['Column', 'Metric', 'Synthetic', ...head.slice(2)];
  const columns = Object.entries(evaluation.columns).map(([name, c]) =>
    row(name, [c.metric, ...[evaluation, ...others].map((x) => pct(x.columns[name]?.score))]),
  );
  const pairs = pairScores(evaluation).map((p) => row(`${p.a} × ${p.b}`, [p.metric, pct(p.score), pct(p.scoreWithoutThreshold)]));
  const privacy = evaluation.privacy;
  const sampled = comparisonSampleNote(report.comparisonSamples);
  return [
    '<h2>Quality</h2>',
    quality,
    sampled ? `<p>${e(sampled)}</p>` : '',
    '<h3>Per column (Column Shapes)</h3>',
    table('Column scores', columnHead, columns),
    '<h3>Per column pair (Column Pair Trends)</h3>',
    '<p>A pair without a score has a real association under the threshold; its score without the threshold is shown beside it.</p>',
    table('Pair scores', ['Pair', 'Metric', 'Score', 'Score without threshold'], pairs),
    privacy
      ? `<h2>Privacy (against the held-out rows)</h2>${table(
          'Privacy',
          null,
          DISCLOSURE_RISK_ROWS.map((r) => row(r.label, [r.format(privacy)])),
        )}<p>${e(distanceSampleNote(privacy))}</p>`
      : '',
  ].join('\n');
}

function protectionSection(report: RunReportData): string {
  const control = report.disclosure ? disclosureText(report.disclosure) : null;
  const dp = report.dp ? dpText(report.dp) : null;
  if (!control && !dp) return '<h2>What protected the source data</h2><p>Neither disclosure control nor differential privacy was on.</p>';
  return [
    '<h2>What protected the source data</h2>',
    control ? `<p>${e(control.summary)}</p>${list('Pooled categories', control.pooled)}${list('Suppressed cells', control.suppressed)}` : '',
    dp ? `<p>Differential privacy: ${e(dp.summary)}</p>${list('Privacy budget', dp.spent)}` : '',
  ].join('\n');
}

/** The verdict (report-verdict.ts) as the app shows it: each aspect's word, then its sentence. */
function verdictList(report: RunReportData, utility: Utility | null): string {
  const items = reportVerdict(report, utility).map((l) => `<li class="${l.tone}"><strong>${e(`${l.aspect}: ${l.word}.`)}</strong> ${e(l.text)}</li>`);
  return `<ul class="verdict" aria-label="At a glance">${items.join('')}</ul>`;
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.5rem;color:#1d2330}
table{border-collapse:collapse;margin-bottom:0.8rem}th,td{text-align:left;padding:0.25rem 0.7rem;border-bottom:1px solid #dde1ea}
figure{margin:0.5rem 0 1.5rem}figcaption{font-weight:600;margin-bottom:0.3rem}
.verdict{list-style:none;padding:0}.verdict li{padding:0.4rem 0.7rem;margin-bottom:0.4rem;border-left:4px solid #8a94a8}
.verdict .good{border-left-color:#1f7a3a}.verdict .fair{border-left-color:#b26b00}.verdict .poor{border-left-color:#a4262c}`;

/** The run's report as one self-contained HTML document: no scripts, no external resources, every text escaped. */
export function reportHtml(parts: ReportHtmlParts): string {
  const { report } = parts;
  const title = `Synthor report: ${parts.fileName}`;
  const facts = table('Run facts', null, [
    row('Source file', [parts.fileName]),
    row('Synthetic rows', [report.rows.toLocaleString('en')]),
    row('Iterations', [String(report.iterations)]),
    row('Seed', [String(parts.seed)]),
    row('Planner', [parts.planner]),
    row('Mean TVD to the targets', [report.meanTvd.toFixed(4)]),
    row('Records breaking a rule', [report.ruleViolations.toLocaleString('en')]),
  ]);
  const quality = report.evaluation
    ? qualitySection(report, report.evaluation)
    : '<p>Only target tables were imported: the scores need real rows, so the report compares against the tables.</p>';
  const tables = table(
    'Target tables',
    ['Table', 'TVD'],
    report.tables.map((t) => row(t.table, [num(t.tvd)])),
  );
  // The same figures as the app's Scenario section: shares of each scenario's context.
  const scenarios = report.scenarios.length
    ? `<h2>Scenarios</h2>${table(
        'Scenarios',
        ['Scenario', 'Targets before', 'Targets after', 'Synthetic rows'],
        report.scenarios.map((s) => row(s.text, [pct(s.before), pct(s.after), pct(s.synthetic)])),
      )}`
    : '';
  const charts = parts.charts.map((c) => `<figure><figcaption>${e(c.title)}</figcaption>${c.svg}</figure>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(title)}</h1>
<h2>At a glance</h2>
${verdictList(report, parts.utility ?? null)}
<h2>Run</h2>
${facts}
${quality}
${protectionSection(report)}
${scenarios}
<h2>Target tables</h2>
${tables}
${charts ? `<h2>Charts</h2>\n${charts}` : ''}
</body>
</html>
`;
}
