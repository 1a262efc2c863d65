import type { BackendKind } from '../llm-types.ts';
import type { LlmBackend } from './llm-backend.ts';

/**
 * A backend of the given kind, its runtime imported only when asked for: WebLLM
 * and wllama are megabytes each, and a session usually needs one of them.
 */
export async function createBackend(kind: BackendKind): Promise<LlmBackend> {
  if (kind === 'wllama') {
    const { WllamaBackend } = await import('./wllama-backend.ts');
    return new WllamaBackend();
  }
  if (kind === 'endpoint') {
    const { EndpointBackend } = await import('./endpoint-backend.ts');
    return new EndpointBackend();
  }
  const { WebLlmBackend } = await import('./webllm-backend.ts');
  return new WebLlmBackend();
}
