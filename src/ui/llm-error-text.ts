import type { LlmError, LlmErrorCode } from '../workers/llm-options.ts';

/** What each code means for the user, before the runtime's own message (which names the file or URL). */
const WORDS: Readonly<Record<LlmErrorCode, string>> = {
  'no-webgpu': 'This browser cannot run WebGPU models',
  'model-not-found': 'The model was not found',
  'download-failed': 'The model could not be downloaded',
  'out-of-memory': 'The model does not fit in memory',
  'device-lost': 'The GPU stopped responding; reload the model',
  aborted: 'Loading was stopped',
  'invalid-output': 'The model gave an unusable answer',
  'not-loaded': 'No model is loaded',
  unreachable: 'The local model server did not answer',
  'not-allowed': 'This page may not reach the local model server yet',
  unsupported: 'This model cannot run here',
  internal: 'The model runtime failed',
};

/** A coded LLM error in plain words, code and message kept: "This model cannot run here (unsupported): wllama: …". */
export function llmErrorText(error: LlmError): string {
  return `${WORDS[error.code]} (${error.code}): ${error.message}`;
}
