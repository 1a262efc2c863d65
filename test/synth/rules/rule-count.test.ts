import { expect, it } from 'vitest';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { compileRules, MAX_RULES } from '../../../src/synth/rules/compile-rules.ts';
import { makeDataset } from '../../stats/tables/make-dataset.ts';

const targets = buildTargets(makeDataset({ colour: ['red', 'blue', 'red'], shape: ['disc', 'star', 'disc'] }));
const rule = 'colour in {red} => shape in {disc}';

// 100,000 rules ran past 10 s on five rows; 1,000 on 100,000 rows for six minutes.
it(`keeps up to ${MAX_RULES} rules and refuses more before the run`, () => {
  expect(
    compileRules(
      Array.from({ length: MAX_RULES }, () => rule),
      targets,
    ),
  ).toHaveLength(MAX_RULES);
  expect(() =>
    compileRules(
      Array.from({ length: 100_000 }, () => rule),
      targets,
    ),
  ).toThrow(expect.objectContaining({ name: 'InputError', message: '100,000 rules, more than the 100 one run can keep; keep the ones that matter' }));
});
