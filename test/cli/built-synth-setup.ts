import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSynth } from './hostile/built-synth.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The command line built once with esbuild (built-synth.ts) for every node test file that runs it. */
    builtSynth: string;
  }
}

/** Builds the command line once for the node project's files (about a second), and removes it at the end. */
export default function setup(project: TestProject): () => void {
  const main = buildSynth();
  project.provide('builtSynth', main);
  return () => rmSync(dirname(main), { recursive: true, force: true });
}
