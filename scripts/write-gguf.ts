/**
 * A GGUF v3 writer, just enough for test models: typed key/value metadata,
 * tensor infos and aligned F32 tensor data, little endian.
 * Format: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md
 */

export type GgufValue =
  | { readonly type: 'uint32'; readonly value: number }
  | { readonly type: 'int32'; readonly value: number }
  | { readonly type: 'float32'; readonly value: number }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'array'; readonly itemType: 'string'; readonly value: readonly string[] }
  | { readonly type: 'array'; readonly itemType: 'float32' | 'int32'; readonly value: readonly number[] };

export interface GgufTensor {
  readonly name: string;
  /** ggml order: ne[0] is the length of a row (the input dimension of a weight). */
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

export interface GgufContent {
  readonly metadata: Readonly<Record<string, GgufValue>>;
  readonly tensors: readonly GgufTensor[];
  readonly alignment?: number;
}

// gguf_type codes.
const TYPE_CODE = { uint32: 4, int32: 5, float32: 6, bool: 7, string: 8, array: 9 } as const;
const GGML_TYPE_F32 = 0;
const DEFAULT_ALIGNMENT = 32;

/** Appends little-endian values to a growing byte buffer. */
class ByteSink {
  #bytes = new Uint8Array(1 << 16);
  #view = new DataView(this.#bytes.buffer);
  length = 0;

  #reserve(n: number): number {
    if (this.length + n > this.#bytes.length) {
      const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.length + n));
      grown.set(this.#bytes);
      this.#bytes = grown;
      this.#view = new DataView(grown.buffer);
    }
    const at = this.length;
    this.length += n;
    return at;
  }
  u8(v: number): void {
    const at = this.#reserve(1);
    this.#view.setUint8(at, v);
  }
  u32(v: number): void {
    const at = this.#reserve(4);
    this.#view.setUint32(at, v, true);
  }
  i32(v: number): void {
    const at = this.#reserve(4);
    this.#view.setInt32(at, v, true);
  }
  f32(v: number): void {
    const at = this.#reserve(4);
    this.#view.setFloat32(at, v, true);
  }
  u64(v: number): void {
    const at = this.#reserve(8);
    this.#view.setBigUint64(at, BigInt(v), true);
  }
  string(s: string): void {
    const encoded = new TextEncoder().encode(s);
    this.u64(encoded.length);
    this.bytes(encoded);
  }
  bytes(b: Uint8Array): void {
    const at = this.#reserve(b.length);
    this.#bytes.set(b, at);
  }
  padTo(alignment: number): void {
    while (this.length % alignment !== 0) this.u8(0);
  }
  result(): Uint8Array {
    return this.#bytes.slice(0, this.length);
  }
}

/** The bytes of a GGUF v3 file holding `content` (all tensors F32). */
export function writeGguf(content: GgufContent): Uint8Array {
  const alignment = content.alignment ?? DEFAULT_ALIGNMENT;
  const out = new ByteSink();
  out.bytes(new TextEncoder().encode('GGUF'));
  out.u32(3);
  out.u64(content.tensors.length);
  const entries = Object.entries(content.metadata);
  out.u64(entries.length);
  for (const [key, value] of entries) {
    out.string(key);
    writeValue(out, value);
  }
  const offsets: number[] = [];
  let offset = 0;
  for (const tensor of content.tensors) {
    const elements = tensor.shape.reduce((a, b) => a * b, 1);
    if (elements !== tensor.data.length) {
      throw new RangeError(`gguf: tensor ${tensor.name} has shape [${tensor.shape.join(', ')}] but ${tensor.data.length} values`);
    }
    offsets.push(offset);
    offset += Math.ceil((elements * 4) / alignment) * alignment;
  }
  content.tensors.forEach((tensor, i) => {
    out.string(tensor.name);
    out.u32(tensor.shape.length);
    for (const ne of tensor.shape) out.u64(ne);
    out.u32(GGML_TYPE_F32);
    out.u64(offsets[i]);
  });
  out.padTo(alignment);
  for (const tensor of content.tensors) {
    for (const v of tensor.data) out.f32(v);
    out.padTo(alignment);
  }
  return out.result();
}

function writeValue(out: ByteSink, value: GgufValue): void {
  out.u32(TYPE_CODE[value.type]);
  switch (value.type) {
    case 'uint32':
      return out.u32(value.value);
    case 'int32':
      return out.i32(value.value);
    case 'float32':
      return out.f32(value.value);
    case 'bool':
      return out.u8(value.value ? 1 : 0);
    case 'string':
      return out.string(value.value);
    case 'array':
      out.u32(TYPE_CODE[value.itemType]);
      out.u64(value.value.length);
      if (value.itemType === 'string') for (const s of value.value) out.string(s);
      else if (value.itemType === 'int32') for (const v of value.value) out.i32(v);
      else for (const v of value.value) out.f32(v);
  }
}
