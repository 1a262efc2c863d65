/**
 * Characters per token assumed when sizing a prompt. BPE tokenizers of the
 * small chat models we run (Qwen2.5, Llama 3.2, SmolLM2) average about 4
 * characters per token on English prose; prompts full of quoted labels,
 * numbers and punctuation tokenize worse, so 3.5 errs on the safe side
 * without a tokenizer (none is loaded where prompts are built).
 */
const CHARS_PER_TOKEN = 3.5;

/** Tokens a chat template adds around each message (role markers, separators). */
export const TOKENS_PER_MESSAGE = 8;

/** The estimate for a chat: every message's text and the template's tokens around it. */
export function estimatePromptTokens(messages: readonly { readonly content: string }[]): number {
  return messages.reduce((sum, m) => sum + estimateTokens(m.content) + TOKENS_PER_MESSAGE, 0);
}

/** A rough upper estimate of the tokens a text takes: ceil(characters / 3.5). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}
