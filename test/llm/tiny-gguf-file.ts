import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTinyGguf } from '../../scripts/tiny-gguf.ts';

/** Context of the tiny model for planner runs: its vocabulary is mostly single characters, so a planner prompt is thousands of tokens. */
export const TINY_SERVER_CONTEXT = 16_384;

/** The tiny GGUF the tests build, written to a temp file (removed by `remove`). */
export function tinyGgufFile(contextLength = TINY_SERVER_CONTEXT): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'synthor-tiny-'));
  const path = join(dir, 'tiny.gguf');
  writeFileSync(path, buildTinyGguf({ seed: 1, contextLength }));
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
