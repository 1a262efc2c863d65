import type { AuditEntry } from '../synth/audit/audit-entry.ts';
import { hashText } from '../synth/recipe/hash-text.ts';
import type { GenerateRequest, GenerateResult, LlmResult } from './llm-types.ts';

/** One request and what came back, as the audit log keeps it (every LLM call: plans, structure, scenario edits). */
export function auditEntry(options: {
  request: GenerateRequest;
  result: LlmResult<GenerateResult>;
  site: { readonly purpose: AuditEntry['purpose']; readonly iteration: number; readonly attempt: number };
  at: number;
}): AuditEntry {
  const { request, result, site, at } = options;
  const common = {
    iteration: site.iteration,
    attempt: site.attempt,
    at,
    purpose: site.purpose,
    messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
    schemaHash: hashText(JSON.stringify(request.schema)),
  };
  if (!result.ok) {
    const error = { code: result.error.code, message: result.error.message };
    return { ...common, response: '', finishReason: 'error', error, usage: { promptTokens: 0, completionTokens: 0 } };
  }
  const { text, finishReason, usage } = result.value;
  return { ...common, response: text, finishReason, usage: { promptTokens: usage.promptTokens, completionTokens: usage.completionTokens } };
}
