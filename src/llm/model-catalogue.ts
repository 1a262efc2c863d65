import type { Capabilities } from './llm-types.ts';

export type Quantization = 'q4f16_1' | 'q4f32_1';

/** One small instruct model WebLLM 0.2.86 ships a prebuilt library for. */
export interface CatalogueEntry {
  /** The exact id of `prebuiltAppConfig.model_list` in @mlc-ai/web-llm 0.2.86. */
  readonly modelId: string;
  readonly family: string;
  readonly quantization: Quantization;
  /**
   * About how much the first load downloads, in MB: parameters × 4.5 bits (q4f16_1: 4-bit
   * weights + one f16 scale per 32) or × 5 bits (q4f32_1: one f32 scale per 32), plus about
   * 10 MB for tokenizer and model library. The model list gives no sizes; this is an estimate.
   */
  readonly approxDownloadMB: number;
  /** `vram_required_MB` of the WebLLM record. */
  readonly vramMB: number;
  readonly description: string;
}

interface Family {
  readonly family: string;
  readonly params: number;
  readonly description: string;
  /** vram_required_MB for q4f16_1 and q4f32_1, copied from prebuiltAppConfig (a test checks them). */
  readonly vramMB: Readonly<Record<Quantization, number>>;
}

const FAMILIES: readonly Family[] = [
  {
    family: 'Qwen2.5-0.5B-Instruct',
    params: 0.494e9,
    description: 'Smallest and fastest; fine for short plans, weaker on many columns.',
    vramMB: { q4f16_1: 944.62, q4f32_1: 1060.2 },
  },
  {
    family: 'Llama-3.2-1B-Instruct',
    params: 1.236e9,
    description: 'Small and quick; a good default for laptops.',
    vramMB: { q4f16_1: 879.04, q4f32_1: 1128.82 },
  },
  {
    family: 'Qwen2.5-1.5B-Instruct',
    params: 1.544e9,
    description: 'Better at following the plan schema; needs a mid-range GPU.',
    vramMB: { q4f16_1: 1629.75, q4f32_1: 1888.97 },
  },
  {
    family: 'Llama-3.2-3B-Instruct',
    params: 3.213e9,
    description: 'Best plans of the four; needs a recent GPU with 3 GB or more.',
    vramMB: { q4f16_1: 2263.69, q4f32_1: 2951.51 },
  },
];

const BITS_PER_PARAM: Readonly<Record<Quantization, number>> = { q4f16_1: 4.5, q4f32_1: 5 };
const TOKENIZER_AND_LIBRARY_MB = 10;

function entry(family: Family, quantization: Quantization): CatalogueEntry {
  const weightsMB = (family.params * BITS_PER_PARAM[quantization]) / 8 / 1e6;
  return {
    modelId: `${family.family}-${quantization}-MLC`,
    family: family.family,
    quantization,
    approxDownloadMB: Math.round((weightsMB + TOKENIZER_AND_LIBRARY_MB) / 10) * 10,
    vramMB: family.vramMB[quantization],
    description: family.description,
  };
}

/** Every model we offer, smallest first, each in both quantizations. */
export const MODEL_CATALOGUE: readonly CatalogueEntry[] = FAMILIES.flatMap((f) => [entry(f, 'q4f16_1'), entry(f, 'q4f32_1')]);

/**
 * The quantization this GPU can run: q4f16 needs the `shader-f16` feature;
 * without it the f32 build is the one that works (WebLLM refuses f16 otherwise).
 */
function quantizationFor(capabilities: Capabilities): Quantization {
  return capabilities.webgpu.shaderF16 ? 'q4f16_1' : 'q4f32_1';
}

/** One entry per model family, in the quantization this adapter can run, smallest first. */
export function catalogueFor(capabilities: Capabilities): CatalogueEntry[] {
  const quantization = quantizationFor(capabilities);
  return MODEL_CATALOGUE.filter((e) => e.quantization === quantization);
}

/** The catalogue entry of a model id, or undefined for ids we do not offer (self-hosted models). */
export function findCatalogueEntry(modelId: string): CatalogueEntry | undefined {
  return MODEL_CATALOGUE.find((e) => e.modelId === modelId);
}
