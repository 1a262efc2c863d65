import { describe, expect, it } from 'vitest';
import { LlmPlanner } from '../../../src/llm/llm-planner.ts';
import { HandoverPlanner } from '../../../src/synth/planner/handover-planner.ts';
import { checkLlmBudget, DEFAULT_LLM_BUDGET, type LlmBudget } from '../../../src/synth/planner/llm-budget.ts';
import type { Guidance, Planner, PlannerReply } from '../../../src/synth/planner/planner.ts';
import { StatisticalPlanner } from '../../../src/synth/planner/statistical-planner.ts';
import { synthesize } from '../../../src/synth/synthesize.ts';
import { penguins } from '../../llm/penguins.ts';
import { scriptedGenerate } from '../../llm/scripted-generate.ts';

/** A model's plan for the budget asked for: one proposal, `tokens` completion tokens. */
function modelPlan(request: { schema: unknown }, tokens = 250) {
  const schema = request.schema as { properties: { proposals: { items: { properties: { count: { maximum: number } } } } } };
  const most = schema.properties.proposals.items.properties.count.maximum;
  const text = JSON.stringify({
    proposals: [
      { values: { Species: 'Adelie' }, count: Math.max(1, Math.floor(most / 3)) },
      { values: {}, count: most - Math.max(1, Math.floor(most / 3)) },
    ],
  });
  return { text, usage: { promptTokens: 900, completionTokens: tokens } };
}

/** A lead planner that answers with the statistical planner's plan but reports model-like usage (attempts per iteration scripted). */
function scriptedLead(attempts: (iteration: number) => number, tokens = 200): Planner & { asked: number[] } {
  const statistical = new StatisticalPlanner();
  const asked: number[] = [];
  return {
    name: 'llm',
    asked,
    inferStructure: async () => [],
    async propose(guidance: Guidance): Promise<PlannerReply> {
      asked.push(guidance.iteration);
      const n = attempts(guidance.iteration);
      return { ...(await statistical.propose(guidance)), attempts: n, usage: { promptTokens: 800 * n, completionTokens: tokens * n } };
    },
  };
}

describe('HandoverPlanner', () => {
  it('lets the model plan the first add iterations, then hands over for good, naming the planner of every iteration', async () => {
    const { targets } = await penguins();
    const lead = scriptedLead(() => 1);
    const planner = new HandoverPlanner({ lead, rest: new StatisticalPlanner(), budget: { plans: 3, calls: 8 } });
    const { history } = await synthesize({ targets, rows: 2000, seed: 4, planner, maxIterations: 20 });
    expect(lead.asked).toEqual([1, 2, 3]);
    expect(history.map((r) => r.planner)).toEqual(history.map((r) => (r.iteration <= 3 ? 'llm' : 'statistical')));
    expect(history.slice(0, 3).every((r) => r.phase === 'add')).toBe(true);
    expect(planner.usage()).toEqual({ calls: 3, plans: 3, promptTokens: 2400, outputTokens: 600, handoverIteration: 4 });
  });

  it('counts retries as calls and hands over when a plan and its retry no longer fit the calls left', async () => {
    const { targets } = await penguins();
    // Iteration 1 needed a retry (2 calls), iteration 2 one answer: 1 (structure) + 2 + 1 = 4; a third plan could take 2 more, past 5.
    const lead = scriptedLead((iteration) => (iteration === 1 ? 2 : 1));
    const planner = new HandoverPlanner({ lead, rest: new StatisticalPlanner(), budget: { plans: 10, calls: 5 } });
    await planner.inferStructure({ schema: targets.schema, columns: [], maxGroups: 2 });
    await synthesize({ targets, rows: 1000, seed: 2, planner, maxIterations: 12 });
    expect(lead.asked).toEqual([1, 2]);
    expect(planner.usage()).toMatchObject({ calls: 4, plans: 2, handoverIteration: 3 });
  });

  it('stops asking the model once its output tokens would pass the budget, and never plans the refine phase', async () => {
    const { targets } = await penguins();
    const byTokens = scriptedLead(() => 1, 300);
    const tokens = new HandoverPlanner({ lead: byTokens, rest: new StatisticalPlanner(), budget: { plans: 50, calls: 100, outputTokens: 1000 } });
    await synthesize({ targets, rows: 1000, seed: 3, planner: tokens, maxIterations: 30 });
    expect(byTokens.asked).toEqual([1, 2, 3]);
    expect(tokens.usage().outputTokens).toBe(900);
    const all = scriptedLead(() => 1);
    const generous = new HandoverPlanner({ lead: all, rest: new StatisticalPlanner(), budget: { plans: 60, calls: 600 } });
    const { history } = await synthesize({ targets, rows: 500, seed: 3, planner: generous, maxIterations: 30 });
    const adds = history.filter((r) => r.phase === 'add').map((r) => r.iteration);
    expect(all.asked).toEqual(adds);
    expect(history.filter((r) => r.phase === 'refine').every((r) => r.planner === 'statistical')).toBe(true);
  });

  it('does not ask again a model that could not be asked at all (a server down): one try, then the statistical planner', async () => {
    const { targets } = await penguins();
    const statistical = new StatisticalPlanner();
    const asked: number[] = [];
    const down: Planner = {
      name: 'llm',
      inferStructure: async () => [],
      async propose(guidance) {
        asked.push(guidance.iteration);
        return { ...(await statistical.propose(guidance)), attempts: 1, fallbackReason: 'server down', modelUnavailable: true };
      },
    };
    const planner = new HandoverPlanner({ lead: down, rest: new StatisticalPlanner(), budget: DEFAULT_LLM_BUDGET });
    await synthesize({ targets, rows: 1000, seed: 5, planner, maxIterations: 10 });
    expect(asked).toEqual([1]);
    expect(planner.usage()).toMatchObject({ calls: 1, plans: 1, handoverIteration: 2 });
  });

  it('with no plans in the budget asks the model nothing and plans like the statistical planner alone', async () => {
    const { targets } = await penguins();
    const lead = scriptedLead(() => 1);
    const planner = new HandoverPlanner({ lead, rest: new StatisticalPlanner(), budget: { plans: 0, calls: 0 } });
    const budgeted = await synthesize({ targets, rows: 300, seed: 9, planner, maxIterations: 10 });
    const alone = await synthesize({ targets, rows: 300, seed: 9, maxIterations: 10 });
    expect(lead.asked).toEqual([]);
    expect(await planner.inferStructure({ schema: targets.schema, columns: [], maxGroups: 2 })).toEqual([]);
    expect(budgeted.history.map((r) => r.meanTvd)).toEqual(alone.history.map((r) => r.meanTvd));
    expect(planner.usage()).toEqual({ calls: 0, plans: 0, promptTokens: 0, outputTokens: 0, handoverIteration: 1 });
  });

  it.each([
    [{ plans: -1, calls: 8 }, 'LLM budget: plans must be a whole number from 0 to 60, got -1'],
    [{ plans: 3, calls: 2.5 }, 'LLM budget: calls must be a whole number from 0 to 600, got 2.5'],
    [{ plans: 3, calls: 8, outputTokens: -5 }, 'LLM budget: output tokens must be a whole number from 0, got -5'],
  ])('refuses the budget %j', (budget: LlmBudget, message) => {
    expect(() => checkLlmBudget(budget)).toThrow(message);
  });
});

describe('the LLM planner under the default budget, 10,000 rows', () => {
  it('spends at most 0.5 output tokens per synthetic row and 20 calls, where planning every iteration spends far more', async () => {
    const { targets } = await penguins();
    const rows = 10_000;
    const run = async (budgeted: boolean) => {
      const fake = scriptedGenerate((request) => modelPlan(request));
      const llm = new LlmPlanner({ generate: fake.generate, modelId: 'tiny', seed: 1 });
      const planner = budgeted ? new HandoverPlanner({ lead: llm, rest: new StatisticalPlanner(), budget: DEFAULT_LLM_BUDGET }) : llm;
      const { history, dataset } = await synthesize({ targets, rows, seed: 1, planner });
      const outputTokens = history.reduce((s, r) => s + (r.usage?.completionTokens ?? 0), 0);
      return { calls: fake.requests.length, perRow: outputTokens / dataset.rowCount, rows: dataset.rowCount };
    };
    const budgeted = await run(true);
    expect(budgeted.rows).toBe(rows);
    expect(budgeted.calls).toBe(3);
    expect(budgeted.perRow).toBeCloseTo(750 / rows, 10);
    expect(budgeted.perRow).toBeLessThanOrEqual(0.5);
    const everyIteration = await run(false);
    expect(everyIteration.calls).toBeGreaterThan(20);
    expect(everyIteration.perRow).toBeGreaterThan(5 * budgeted.perRow);
  });
});
