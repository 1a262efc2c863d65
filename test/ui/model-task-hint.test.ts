import { describe, expect, it } from 'vitest';
import { modelTaskHint } from '../../src/ui/model-task-hint.ts';

describe('modelTaskHint', () => {
  const words = { task: 'have it suggest rules', names: 'the rules' };
  it('asks for the model first, then the data, then nothing', () => {
    expect(modelTaskHint({ modelLoaded: false, sourceLoaded: false }, words)).toBe('Load a language model (Planner) to have it suggest rules.');
    expect(modelTaskHint({ modelLoaded: true, sourceLoaded: false }, words)).toBe('Load data or tables first: the rules name their columns and categories.');
    expect(modelTaskHint({ modelLoaded: true, sourceLoaded: true }, words)).toBeNull();
  });
});
