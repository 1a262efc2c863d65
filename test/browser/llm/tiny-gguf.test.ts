import { gguf } from '@huggingface/gguf';
import { describe, expect, it } from 'vitest';
import { buildTinyGguf, TINY_MODEL, tinyVocabulary } from '../../../scripts/tiny-gguf.ts';

/** @huggingface/gguf reads by HTTP range requests: answer them from the bytes in memory. */
function parseGguf(bytes: Uint8Array) {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const rangeFetch = async (_uri: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const range = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get('Range') ?? '');
    if (!range) throw new Error('tiny-gguf test: expected a Range request');
    const start = Number(range[1]);
    const end = Math.min(Number(range[2]) + 1, blob.size);
    return new Response(blob.slice(start, end), { status: 206, headers: { 'Content-Range': `bytes ${start}-${end - 1}/${blob.size}` } });
  };
  return gguf('https://tiny.invalid/tiny.gguf', { fetch: rangeFetch, computeParametersCount: true });
}

describe('tiny GGUF builder', () => {
  it('writes a GGUF v3 llama model that @huggingface/gguf parses back with the intended metadata', async () => {
    const started = performance.now();
    const bytes = buildTinyGguf();
    const buildMs = performance.now() - started;
    console.log(`[tiny-gguf] built ${bytes.length} bytes in ${buildMs.toFixed(0)} ms`);

    const parsed = await parseGguf(bytes);
    const { tensorInfos, tensorDataOffset } = parsed;
    // The parser types metadata per known architecture; plain keys are simpler to check.
    const metadata = parsed.metadata as Record<string, unknown>;
    expect(metadata.version).toBe(3);
    expect(metadata['general.architecture']).toBe('llama');
    expect(metadata['llama.embedding_length']).toBe(TINY_MODEL.embedding);
    expect(metadata['llama.block_count']).toBe(TINY_MODEL.blocks);
    expect(metadata['llama.attention.head_count']).toBe(TINY_MODEL.heads);
    expect(metadata['llama.feed_forward_length']).toBe(TINY_MODEL.feedForward);
    expect(metadata['llama.context_length']).toBe(TINY_MODEL.contextLength);
    expect(metadata['llama.rope.dimension_count']).toBe(TINY_MODEL.ropeDimensions);
    expect(metadata['tokenizer.ggml.model']).toBe('llama');

    const tokens = metadata['tokenizer.ggml.tokens'] as string[];
    const types = metadata['tokenizer.ggml.token_type'] as number[];
    expect(tokens.length).toBe(tinyVocabulary().tokens.length);
    // All 256 byte tokens, typed 6 (byte): llama.cpp's byte fallback needs every one.
    for (let b = 0; b < 256; b++) {
      const name = `<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`;
      expect(types[tokens.indexOf(name)], name).toBe(6);
    }
    expect(tokens.slice(0, 3)).toEqual(['<unk>', '<s>', '</s>']);

    // 3 top-level tensors + 9 per block, F32, data aligned to 32 bytes.
    expect(tensorInfos).toHaveLength(3 + 9 * TINY_MODEL.blocks);
    expect(tensorInfos.every((t) => t.dtype === 0 && t.offset % 32n === 0n)).toBe(true);
    expect(tensorDataOffset % 32n).toBe(0n);
    const down = tensorInfos.find((t) => t.name === 'blk.1.ffn_down.weight');
    expect(down?.shape).toEqual([BigInt(TINY_MODEL.feedForward), BigInt(TINY_MODEL.embedding)]);
    const last = tensorInfos[tensorInfos.length - 1];
    const lastBytes = last.shape.reduce((a, b) => a * b, 1n) * 4n;
    expect(Number(tensorDataOffset + last.offset + lastBytes)).toBeLessThanOrEqual(bytes.length);
    expect(parsed.parameterCount).toBe(
      2 * tokens.length * TINY_MODEL.embedding +
        TINY_MODEL.embedding +
        TINY_MODEL.blocks * (4 * TINY_MODEL.embedding ** 2 + 3 * TINY_MODEL.embedding * TINY_MODEL.feedForward + 2 * TINY_MODEL.embedding),
    );
  });

  it('is deterministic: the same seed gives the same bytes, another seed other weights', () => {
    const a = buildTinyGguf({ seed: 3 });
    const same = (x: Uint8Array, y: Uint8Array) => x.length === y.length && x.every((v, i) => v === y[i]);
    expect(same(buildTinyGguf({ seed: 3 }), a)).toBe(true);
    const b = buildTinyGguf({ seed: 4 });
    expect(b.length).toBe(a.length);
    expect(same(b, a)).toBe(false);
  });
});
