import type { LlmBackend } from './llm-backend.ts';

/**
 * A backend of the given kind, its runtime imported only when asked for: WebLLM
 * and wllama are megabytes each, and a session usually needs one of them.
 */
export async function createBackend(kind: 'webllm' | 'wllama'): Promise<LlmBackend> {
  if (kind === 'wllama') {
    const { WllamaBackend } = await import('./wllama-backend.ts');
    return new WllamaBackend();
  }
  const { WebLlmBackend } = await import('./webllm-backend.ts');
  return new WebLlmBackend();
}
