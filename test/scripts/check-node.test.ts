import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };

const { satisfies } = createRequire(import.meta.url)('../../scripts/check-node.cjs') as { satisfies: (version: string, range: string) => boolean };

describe('check-node (npm start / npm test on an old Node)', () => {
  const range = packageJson.engines.node;

  it('reads the range package.json states', () => {
    expect(range).toBe('^20.19.0 || ^22.12.0 || >=24');
  });

  it.each([
    ['18.20.4', false],
    ['20.18.3', false],
    ['20.19.0', true],
    ['20.20.2', true],
    ['21.7.3', false],
    ['22.11.0', false],
    ['22.12.0', true],
    ['23.11.0', false],
    ['24.0.0', true],
    ['25.2.1', true],
  ])('Node %s: %s', (version, ok) => {
    expect(satisfies(version, range)).toBe(ok);
    expect(satisfies(`v${version}`, range)).toBe(ok);
  });

  it('passes on the Node running this test (it runs before every npm test)', () => {
    expect(satisfies(process.versions.node, range)).toBe(true);
  });
});
