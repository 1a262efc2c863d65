import { describe, expect, it } from 'vitest';
import { wllamaThreads } from '../../../src/llm/backends/wllama-threads.ts';

describe('wllamaThreads', () => {
  it('is 1 without cross-origin isolation (no SharedArrayBuffer), whatever was asked', () => {
    expect(wllamaThreads({ crossOriginIsolated: false, hardwareConcurrency: 8, requested: 4 })).toBe(1);
  });

  it('leaves one core to the page and the synth worker', () => {
    expect(wllamaThreads({ crossOriginIsolated: true, hardwareConcurrency: 8 })).toBe(7);
    expect(wllamaThreads({ crossOriginIsolated: true, hardwareConcurrency: 2 })).toBe(1);
    expect(wllamaThreads({ crossOriginIsolated: true, hardwareConcurrency: 1 })).toBe(1);
    expect(wllamaThreads({ crossOriginIsolated: true })).toBe(1);
  });

  it('takes the number asked for, at least 1', () => {
    expect(wllamaThreads({ crossOriginIsolated: true, hardwareConcurrency: 2, requested: 2 })).toBe(2);
    expect(wllamaThreads({ crossOriginIsolated: true, hardwareConcurrency: 8, requested: 0 })).toBe(1);
  });
});
