import { describe, expect, it } from 'vitest';
import { STEPS, furthestReachable, parseStepHash, reachable, stepHash, type FlowProgress } from '../../src/ui/flow-steps.ts';

const NOTHING: FlowProgress = { table: false, run: false, report: false };
const LOADED: FlowProgress = { table: true, run: false, report: false };
const RUNNING: FlowProgress = { table: true, run: true, report: false };
const DONE: FlowProgress = { table: true, run: true, report: true };

describe('flow steps', () => {
  it('opens each step once the one before it has made what it needs', () => {
    expect(STEPS.filter((s) => reachable(s, NOTHING))).toEqual(['data']);
    expect(STEPS.filter((s) => reachable(s, LOADED))).toEqual(['data', 'setup']);
    expect(STEPS.filter((s) => reachable(s, RUNNING))).toEqual(['data', 'setup', 'run']);
    expect(STEPS.filter((s) => reachable(s, DONE))).toEqual(['data', 'setup', 'run', 'report']);
  });

  it('falls back to the last reachable step before the one wanted', () => {
    expect(furthestReachable('report', NOTHING)).toBe('data');
    expect(furthestReachable('report', LOADED)).toBe('setup');
    expect(furthestReachable('report', RUNNING)).toBe('run');
    expect(furthestReachable('report', DONE)).toBe('report');
    expect(furthestReachable('setup', DONE)).toBe('setup');
    expect(furthestReachable('data', DONE)).toBe('data');
  });

  it('reads and writes the step in the URL hash', () => {
    for (const step of STEPS) expect(parseStepHash(stepHash(step))).toBe(step);
    expect(stepHash('run')).toBe('#run');
    expect(parseStepHash('#Report')).toBe('report');
    expect(parseStepHash('')).toBeNull();
    expect(parseStepHash('#')).toBeNull();
    expect(parseStepHash('#elsewhere')).toBeNull();
  });
});
