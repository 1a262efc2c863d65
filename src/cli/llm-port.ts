import { endpointGenerate } from '../llm/backends/endpoint-generate.ts';
import { localEndpoint } from '../llm/backends/local-endpoint.ts';
import type { GenerateFn } from '../llm/llm-planner.ts';
import { DEFAULT_CONTEXT_TOKENS } from '../llm/prompts/proposal-prompt.ts';
import { optionalFlag, type ParsedArgs } from './args.ts';
import type { OptionSpec } from './command-specs.ts';
import { integerOption } from './integer-option.ts';
import { UsageError } from './usage-error.ts';

/** Where a command's language model runs: a server on this machine, or a GGUF in this process. */
export const LLM_PORT_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'llm-url',
    value: 'URL',
    help:
      'An OpenAI-compatible model server on this machine (Ollama `http://127.0.0.1:11434/v1`, llama.cpp’s `llama-server`, ' +
      'LM Studio). Only localhost, 127.0.0.1 or [::1]: no request goes anywhere else.',
  },
  { name: 'llm-model', value: 'NAME', help: 'The model name the server at `--llm-url` knows (Ollama needs it). Default `local`.' },
  {
    name: 'model',
    value: 'file.gguf',
    help: 'A GGUF model run in this process by llama.cpp (node-llama-cpp) on the CPU; no server, no GPU needed.',
  },
  { name: 'llm-audit', value: 'audit.json', help: 'Writes every request to the model and its answer, exactly, as JSON.' },
  {
    name: 'llm-context',
    value: 'N',
    help: `The model’s context in tokens: the prompt is cut to what the answer leaves. Default the GGUF’s (at most 8,192), or ${DEFAULT_CONTEXT_TOKENS.toLocaleString('en')} for a server.`,
  },
];

/** The language model a command line named, at its port. */
export interface LlmPort {
  readonly generate: GenerateFn;
  readonly contextTokens: number;
  /** The server's model name or address, or the GGUF's file name: named in summaries and recipes. */
  readonly modelId: string;
  close(): Promise<void>;
}

/** Opens the model `--llm-url` or `--model` names (exactly one, which `needs`, say '--planner llm', needs); a GGUF is loaded here and freed by `close`. */
export async function openLlmPort(args: ParsedArgs, options: { command: string; needs?: string }): Promise<LlmPort> {
  const { command } = options;
  const url = optionalFlag(args, 'llm-url');
  const file = optionalFlag(args, 'model');
  if ((url === undefined) === (file === undefined))
    throw new UsageError(
      `${command}: ${options.needs ? `${options.needs} needs` : 'give'} one of --llm-url URL (a model server on this machine) or --model file.gguf`,
    );
  const context = integerOption(optionalFlag(args, 'llm-context'), { flag: 'llm-context', command, min: 512, max: 1 << 20 });
  if (url !== undefined) {
    let base: string;
    try {
      base = localEndpoint(url);
    } catch (e) {
      throw new UsageError(`${command}: --llm-url ${(e as Error).message}`);
    }
    const model = optionalFlag(args, 'llm-model');
    return {
      generate: endpointGenerate({ baseUrl: base, ...(model ? { model } : {}) }),
      contextTokens: context ?? DEFAULT_CONTEXT_TOKENS,
      modelId: model ?? base,
      close: async () => {},
    };
  }
  const { openGguf } = await import('./gguf-generate.ts');
  const opened = await openGguf(file as string, context ? { contextTokens: context } : {}).catch((e: unknown) => {
    throw new UsageError(`${command}: --model ${file}: could not open the model (${(e as Error).message})`);
  });
  return { ...opened, modelId: (file as string).split('/').pop() as string };
}
