import { beforeAll, describe, expect, it } from 'vitest';
import { LlmPlanner } from '../../src/llm/llm-planner.ts';
import { suggestRules } from '../../src/llm/suggest-rules.ts';
import type { GenerateRequest } from '../../src/llm/llm-types.ts';
import type { Dataset } from '../../src/stats/dataset.ts';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';
import { AuditLog } from '../../src/synth/audit/audit-log.ts';
import { structureForDataset } from '../../src/synth/structure/structure-for-dataset.ts';
import { StatisticalPlanner } from '../../src/synth/planner/statistical-planner.ts';
import { synthesize } from '../../src/synth/synthesize.ts';
import { prepareTargets } from '../../src/workers/prepare-targets.ts';
import type { SetupOptions } from '../../src/workers/synth-api.ts';
import { scriptedGenerate, type ScriptedAnswer } from './scripted-generate.ts';

/**
 * Issue #11 item 2: every prompt sees disclosure-controlled summaries only.
 * Planted in 400 rows: labels held by 1, 2 and 4 records, one salary far
 * above the rest, and a near-unique name column. None of them may appear in
 * any prompt the LLM gets, nor in the audit log.
 */
const RARE = ['Zanzibar', 'Quokkaland', 'Marmotville'];
const OUTLIER = '9876543';
const NAMES = Array.from({ length: 400 }, (_, i) => `Ottilie Vandersnoot ${i}`);
/** The outlier's leading digits catch it however a label rounds it ("9876540"). */
const PLANTED = [...RARE, OUTLIER.slice(0, 5), '9,876', ...NAMES.slice(0, 5)];

function csv(): string {
  const lines = ['name,region,salary,grade'];
  for (let i = 0; i < 400; i++) {
    // Rows 0, 1–2, 3–6: the rare regions; the rest North/South/East.
    const region = i === 0 ? RARE[0] : i <= 2 ? RARE[1] : i <= 6 ? RARE[2] : ['North', 'South', 'East'][i % 3];
    const salary = i === 7 ? Number(OUTLIER) : 30_000 + ((i * 7919) % 400) * 100;
    lines.push(`${NAMES[i]},${region},${salary},${['A', 'B'][i % 2]}`);
  }
  return lines.join('\n');
}

/** Structure: two groups of known columns; plans: one small proposal of common values. */
function answer(request: GenerateRequest): ScriptedAnswer {
  const schema = request.schema as { properties: Record<string, unknown> };
  if (!('proposals' in schema.properties)) return { text: JSON.stringify({ groups: [['region', 'grade']] }) };
  return { text: JSON.stringify({ proposals: [{ values: { region: 'North', grade: 'A' }, count: 5 }] }) };
}

const promptTexts = (requests: readonly GenerateRequest[]) => requests.flatMap((r) => r.messages.map((m) => m.content));
const auditTexts = (log: AuditLog) => log.entries.flatMap((e) => [...e.messages.map((m) => m.content), e.response]);
const leaks = (texts: readonly string[]) => PLANTED.filter((value) => texts.some((t) => t.includes(value)));

let dataset: Dataset;
beforeAll(async () => {
  ({ dataset } = await loadDataset({ name: 'planted.csv', bytes: new TextEncoder().encode(csv()) }));
});

describe('prompts never name rare categories, extremes or identifiers', () => {
  it.each([
    ['without axis options', undefined],
    ['with disclosure control turned off (minCount 1)', { minCount: 1 }],
    ['with a smaller k than the default', { minCount: 2 }],
  ])('the structure prompt, %s', async (_, axes) => {
    const fake = scriptedGenerate((request) => answer(request));
    const log = new AuditLog();
    const planner = new LlmPlanner({ generate: fake.generate, modelId: 'fake', seed: 1, audit: log.record });
    await structureForDataset({ dataset, planner, ...(axes ? { axes } : {}) });
    expect(fake.requests).toHaveLength(1);
    expect(promptTexts(fake.requests).join('\n')).toContain('region');
    expect(leaks(promptTexts(fake.requests))).toEqual([]);
    expect(leaks(auditTexts(log))).toEqual([]);
  });

  it('every prompt of an app run: the structure request and every plan request', async () => {
    const fake = scriptedGenerate((request) => answer(request));
    const log = new AuditLog();
    const planner = new LlmPlanner({ generate: fake.generate, modelId: 'fake', seed: 1, audit: log.record });
    const setup = { rows: 200, seed: 1, maxIterations: 4, proposalsPerIteration: 4, joints: null, rules: [], holdoutShare: 0 } satisfies SetupOptions;
    const { targets } = await prepareTargets({ source: { kind: 'data', dataset }, setup, planner });
    await synthesize({ targets, rows: 200, seed: 1, planner, maxIterations: 4 });
    const purposes = log.entries.map((e) => e.purpose);
    expect(purposes[0]).toBe('structure');
    expect(purposes.filter((p) => p === 'plan').length).toBeGreaterThan(0);
    expect(leaks(promptTexts(fake.requests))).toEqual([]);
    expect(leaks(auditTexts(log))).toEqual([]);
  });

  it('the rules request before a run', async () => {
    const fake = scriptedGenerate(() => ({ text: JSON.stringify({ rules: [] }) }));
    const log = new AuditLog();
    const setup = { rows: 200, seed: 1, maxIterations: 4, proposalsPerIteration: 4, joints: null, rules: [], holdoutShare: 0 } satisfies SetupOptions;
    const { targets } = await prepareTargets({ source: { kind: 'data', dataset }, setup, planner: new StatisticalPlanner() });
    await suggestRules({ generate: fake.generate, targets, seed: 1, audit: log.record });
    expect(log.entries.map((e) => e.purpose)).toEqual(['rules']);
    expect(promptTexts(fake.requests).join('\n')).toContain('"salary"');
    expect(leaks(promptTexts(fake.requests))).toEqual([]);
    expect(leaks(auditTexts(log))).toEqual([]);
  });
});
