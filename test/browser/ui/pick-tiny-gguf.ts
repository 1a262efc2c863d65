import type { AppState } from '../../../src/ui/app-state.svelte.ts';
import { buildTinyGguf } from '../../../scripts/tiny-gguf.ts';

/** Chooses the local-GGUF planner and loads the test-built tiny model (4k context, so real prompts fit). */
export async function pickTinyGguf(app: AppState): Promise<void> {
  await app.choosePlanner('gguf');
  await app.llm.loadFile(new File([buildTinyGguf({ contextLength: 4096 }) as Uint8Array<ArrayBuffer>], 'tiny.gguf'));
}
