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
  readonly charts: readonly ReportChart[];
  /** The utility run on request, for the verdict; absent or null when none was run. */
  readonly utility?: Utility | null;
}

/** One chart of the report; the pair heatmap (`pairs`) stands under the pair table, as in the app, the rest under Charts. */
export interface ReportChart {
  readonly title: string;
  readonly svg: string;
  readonly pairs?: boolean;
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

const figure = (c: ReportChart) => `<figure><figcaption>${e(c.title)}</figcaption>${c.svg}</figure>`;

function qualitySection(report: RunReportData, evaluation: Evaluation, pairCharts: readonly ReportChart[]): string {
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
  const pairs = pairScores(evaluation).map((p) =>
    row(`${p.a} × ${p.b}`, [p.metric, pct(p.score), pct(p.scoreWithoutThreshold), num(p.real), num(p.synthetic)]),
  );
  const privacy = evaluation.privacy;
  const sampled = comparisonSampleNote(report.comparisonSamples);
  return [
    '<h2>Quality</h2>',
    quality,
    sampled ? `<p>${e(sampled)}</p>` : '',
    '<h3>Per column (Column Shapes)</h3>',
    table('Column scores', columnHead, columns),
    '<h3>Per column pair (Column Pair Trends)</h3>',
    '<p>A pair without a score has a real association under the threshold; its score without the threshold is shown beside it. ' +
      "The association is Pearson's r for two numeric columns, Cramér's V otherwise, in the real data and in the synthetic.</p>",
    `<div class="table-scroll">${table('Pair scores', ['Pair', 'Metric', 'Score', 'Score without threshold', 'Real association', 'Synthetic association'], pairs)}</div>`,
    pairCharts.map(figure).join('\n'),
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

/**
 * The report's own stylesheet (the file stands alone): the app's palette and type from theme.css,
 * light or dark as the reader's system asks, and plain black on white when printed. As in the app, a
 * screen from 1920 px up gets larger type and the charts two across; print keeps them one under another.
 */
const STYLE = `:root{color-scheme:light dark;--text:#1d2330;--heading:#121722;--hint:#4a5468;--page:#f2f4f8;--surface:#fff;--border:#dde1ea;--accent:#3f46b8}
@media (prefers-color-scheme:dark){:root{--text:#d5dae3;--heading:#f0f2f6;--hint:#a3acbd;--page:#10131a;--surface:#191d27;--border:#2d3444;--accent:#b3b6ff}}
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;line-height:1.5;max-width:64rem;margin:0 auto;padding:1.5rem;color:var(--text);background:var(--page)}
h1{color:var(--heading);font-size:1.8rem;margin:0 0 1rem}
h2{color:var(--heading);font-size:1.3rem;margin:1.5rem 0 0.6rem;padding-bottom:0.3rem;border-bottom:2px solid var(--accent)}
h3{color:var(--heading);font-size:1.05rem}
table{border-collapse:collapse;margin-bottom:0.8rem;background:var(--surface);font-variant-numeric:tabular-nums}
th,td{text-align:left;padding:0.35rem 0.7rem;border-bottom:1px solid var(--border)}
thead th{color:var(--hint);border-bottom-width:2px}
caption{text-align:left;color:var(--hint);padding-bottom:0.3rem}
figure{margin:0.5rem 0 1.5rem;padding:0.5rem;background:#fff;border:1px solid var(--border);border-radius:0.5rem;overflow-x:auto}
figcaption{font-weight:600;margin-bottom:0.3rem;color:#1d2330}
svg{max-width:100%;height:auto}
.table-scroll{overflow-x:auto;max-width:100%}
@media (min-width:1920px){body{max-width:92rem;font-size:112.5%}.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(40rem,1fr));column-gap:1rem}}
@media (min-width:2400px){body{max-width:100rem;font-size:125%}}
@media print{:root{--text:#000;--heading:#000;--hint:#333;--page:#fff;--surface:#fff;--border:#bbb;--accent:#000}
body{max-width:none;padding:0;font-size:10.5pt}h2{break-after:avoid}table,figure{break-inside:avoid}figure{border:0;padding:0}
.charts{display:block}.table-scroll{overflow:visible}}
.verdict{list-style:none;padding:0}.verdict li{padding:0.4rem 0.7rem;margin-bottom:0.4rem;background:var(--surface);border-left:4px solid var(--hint)}
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
    ? qualitySection(
        report,
        report.evaluation,
        parts.charts.filter((c) => c.pairs),
      )
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
  const charts = parts.charts
    .filter((c) => !c.pairs || !report.evaluation)
    .map(figure)
    .join('\n');
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
${charts ? `<h2>Charts</h2>\n<div class="charts">\n${charts}\n</div>` : ''}
</body>
</html>
`;
}
