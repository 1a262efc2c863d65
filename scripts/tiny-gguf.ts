import { createRng, type Rng } from '../src/synth/rng.ts';
import { writeGguf, type GgufTensor } from './write-gguf.ts';

/**
 * A tiny, real llama-architecture model (docs/runtimes.md "A tiny real model
 * for tests"), built in the test: seeded random weights, so its answers are
 * noise, but llama.cpp loads and runs it like any GGUF, and constrained
 * decoding makes that noise valid JSON.
 */
export const TINY_MODEL = {
  embedding: 64,
  blocks: 2,
  heads: 4,
  feedForward: 128,
  contextLength: 512,
  ropeDimensions: 16,
} as const;

// llama.cpp token types.
const NORMAL = 1;
const UNKNOWN = 2;
const CONTROL = 3;
const BYTE = 6;

/** A few multi-character tokens, as a real vocabulary has: fewer steps per plan. */
const WORDS = ['true', 'false', 'null', '":', '{"', '",', '"}', '],', '(any)', '(missing)'];

export interface TinyVocabulary {
  readonly tokens: readonly string[];
  readonly types: readonly number[];
  readonly scores: readonly number[];
}

/**
 * SentencePiece-style: <unk>, <s>, </s>, all 256 byte tokens (llama.cpp's
 * byte fallback throws without them), "▁" (the space), printable ASCII, words.
 */
export function tinyVocabulary(): TinyVocabulary {
  const tokens = ['<unk>', '<s>', '</s>'];
  const types = [UNKNOWN, CONTROL, CONTROL];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(BYTE);
  }
  const pieces = ['▁'];
  for (let c = 0x21; c <= 0x7e; c++) pieces.push(String.fromCharCode(c));
  pieces.push(...WORDS);
  for (const piece of pieces) {
    tokens.push(piece);
    types.push(NORMAL);
  }
  // Longer pieces score higher, so the tokenizer prefers them when it can build them.
  const scores = tokens.map((t, i) => (types[i] === NORMAL ? t.length - 1 : 0));
  return { tokens, types, scores };
}

/**
 * The GGUF bytes of the tiny model; the same seed gives the same bytes.
 * `contextLength` (default 512) is the context it claims to be trained for,
 * which llama-server caps every request at.
 */
export function buildTinyGguf(options: { seed?: number; contextLength?: number } = {}): Uint8Array {
  const rng = createRng(options.seed ?? 7);
  const vocab = tinyVocabulary();
  const { embedding: d, blocks, feedForward: ff } = TINY_MODEL;
  const n = vocab.tokens.length;
  const tensors: GgufTensor[] = [];
  const ones = (size: number) => new Float32Array(size).fill(1);

  // Dimension 0 of the residual stream is a constant 1 for every token and no
  // layer writes to it; the output rows of <unk>, <s>, </s> and the bytes weigh
  // it at −1000, so sampling never picks them unless a grammar leaves nothing
  // else (</s> at the end of the JSON). A raw byte could be invalid UTF-8, which
  // crashes wllama's glue.
  const embeddings = weights(rng, { rows: n, columns: d });
  for (let t = 0; t < n; t++) embeddings[t * d] = 1;
  const output = weights(rng, { rows: n, columns: d });
  for (let t = 0; t < n; t++) output[t * d] = vocab.types[t] === NORMAL ? 0 : -1000;

  tensors.push({ name: 'token_embd.weight', shape: [d, n], data: embeddings });
  tensors.push({ name: 'output_norm.weight', shape: [d], data: ones(d) });
  tensors.push({ name: 'output.weight', shape: [d, n], data: output });
  for (let b = 0; b < blocks; b++) {
    const attnOutput = weights(rng, { rows: d, columns: d });
    const ffnDown = weights(rng, { rows: d, columns: ff });
    attnOutput.fill(0, 0, d);
    ffnDown.fill(0, 0, ff);
    tensors.push(
      { name: `blk.${b}.attn_norm.weight`, shape: [d], data: ones(d) },
      { name: `blk.${b}.attn_q.weight`, shape: [d, d], data: weights(rng, { rows: d, columns: d }) },
      { name: `blk.${b}.attn_k.weight`, shape: [d, d], data: weights(rng, { rows: d, columns: d }) },
      { name: `blk.${b}.attn_v.weight`, shape: [d, d], data: weights(rng, { rows: d, columns: d }) },
      { name: `blk.${b}.attn_output.weight`, shape: [d, d], data: attnOutput },
      { name: `blk.${b}.ffn_norm.weight`, shape: [d], data: ones(d) },
      { name: `blk.${b}.ffn_gate.weight`, shape: [d, ff], data: weights(rng, { rows: ff, columns: d }) },
      { name: `blk.${b}.ffn_up.weight`, shape: [d, ff], data: weights(rng, { rows: ff, columns: d }) },
      { name: `blk.${b}.ffn_down.weight`, shape: [ff, d], data: ffnDown },
    );
  }

  return writeGguf({
    metadata: {
      'general.architecture': { type: 'string', value: 'llama' },
      'general.name': { type: 'string', value: 'synthor-tiny-test' },
      'general.file_type': { type: 'uint32', value: 0 },
      'llama.context_length': { type: 'uint32', value: options.contextLength ?? TINY_MODEL.contextLength },
      'llama.embedding_length': { type: 'uint32', value: d },
      'llama.block_count': { type: 'uint32', value: blocks },
      'llama.feed_forward_length': { type: 'uint32', value: ff },
      'llama.attention.head_count': { type: 'uint32', value: TINY_MODEL.heads },
      'llama.attention.head_count_kv': { type: 'uint32', value: TINY_MODEL.heads },
      'llama.rope.dimension_count': { type: 'uint32', value: TINY_MODEL.ropeDimensions },
      'llama.attention.layer_norm_rms_epsilon': { type: 'float32', value: 1e-5 },
      'tokenizer.ggml.model': { type: 'string', value: 'llama' },
      'tokenizer.ggml.tokens': { type: 'array', itemType: 'string', value: vocab.tokens },
      'tokenizer.ggml.scores': { type: 'array', itemType: 'float32', value: vocab.scores },
      'tokenizer.ggml.token_type': { type: 'array', itemType: 'int32', value: vocab.types },
      'tokenizer.ggml.unknown_token_id': { type: 'uint32', value: 0 },
      'tokenizer.ggml.bos_token_id': { type: 'uint32', value: 1 },
      'tokenizer.ggml.eos_token_id': { type: 'uint32', value: 2 },
      'tokenizer.ggml.add_bos_token': { type: 'bool', value: true },
    },
    tensors,
  });
}

/** A rows × columns weight matrix (row-major), uniform with variance 1/columns (fan-in scaled). */
function weights(rng: Rng, shape: { rows: number; columns: number }): Float32Array {
  const scale = Math.sqrt(3 / shape.columns);
  const out = new Float32Array(shape.rows * shape.columns);
  for (let i = 0; i < out.length; i++) out[i] = (2 * rng.next() - 1) * scale;
  return out;
}
