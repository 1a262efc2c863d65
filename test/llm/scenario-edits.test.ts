import { describe, expect, it } from 'vitest';
import { readAggregateTable } from '../../src/stats/aggregates/read-aggregate-table.ts';
import { reconcileTables } from '../../src/stats/aggregates/reconcile-tables.ts';
import { tablesToTargets } from '../../src/stats/aggregates/tables-to-targets.ts';
import { scenarioEditsFromText } from '../../src/llm/scenario-edits.ts';
import type { AuditEntry } from '../../src/synth/audit/audit-entry.ts';
import { scriptedGenerate } from './scripted-generate.ts';

const table = await readAggregateTable({
  name: 'od.csv',
  bytes: new TextEncoder().encode('destination,time_bin,count\nLAS,20-24,10\nLAX,20-24,30\nLAS,06-09,5\nLAX,06-09,40\n'),
});
const targets = tablesToTargets(reconcileTables([{ table }]), { rows: 85 });
const TEXT = 'a concert in Las Vegas from 20 to 24';

describe('scenarioEditsFromText', () => {
  it('shows the model the columns, categories and the quoted text, and keeps the edits that apply', async () => {
    const answer = { edits: ['+30% destination = LAS in time_bin = 20-24', '+10% destination = SFO', 'double the LAS trips'] };
    const fake = scriptedGenerate([{ text: JSON.stringify(answer) }]);
    const audit: AuditEntry[] = [];
    const result = await scenarioEditsFromText({ generate: fake.generate, targets, text: TEXT, seed: 3, audit: (e) => audit.push(e) });
    expect(result.edits).toEqual(['+30% destination = LAS in time_bin = 20-24']);
    expect(result.refused.map((r) => r.why)).toEqual([
      'scenario "+10% destination = SFO": "destination" has no category "SFO" (categories: LAS, LAX)',
      'scenario "double the LAS trips": write it as "<change> <condition> [and …] [in <condition> [and …]]", e.g. +30% destination = LAS in time_bin = 20-24',
    ]);
    const prompt = fake.requests[0].messages.map((m) => m.content).join('\n');
    expect(prompt).toContain('- "destination": "LAS", "LAX"');
    expect(prompt).toContain(`Scenario: ${JSON.stringify(TEXT)}`);
    expect(audit.map((e) => [e.purpose, e.finishReason])).toEqual([['scenario', 'stop']]);
  });

  it('says when the model gave nothing usable, so the text stays free text', async () => {
    const junk = await scenarioEditsFromText({ generate: scriptedGenerate([{ text: 'sure! here you go' }]).generate, targets, text: TEXT, seed: 1 });
    expect(junk).toEqual({ edits: [], refused: [], failed: 'the model answered no list of edits' });
    const error = scriptedGenerate([{ error: { code: 'device-lost', message: 'GPU device lost' } }]);
    expect((await scenarioEditsFromText({ generate: error.generate, targets, text: TEXT, seed: 1 })).failed).toBe('GPU device lost');
  });
});
