import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ModelEntry } from './check-model-folder.ts';

/** public/models/catalogue.json: the self-hosted models the app may offer. */
export interface ModelCatalogueFile {
  readonly format: 'synthor-models';
  readonly version: 1;
  readonly models: readonly ModelEntry[];
}

export function readModelCatalogue(path: string): ModelCatalogueFile {
  if (!existsSync(path)) return { format: 'synthor-models', version: 1, models: [] };
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<ModelCatalogueFile>;
  if (parsed.format !== 'synthor-models' || !Array.isArray(parsed.models)) {
    throw new Error(`${path}: not a Synthor model catalogue (format "synthor-models"); move it away and run the command again`);
  }
  return { format: 'synthor-models', version: 1, models: parsed.models };
}

/** Adds the entry, replacing one with the same id; entries stay sorted by id. */
export function writeModelCatalogue(path: string, entry: ModelEntry): ModelCatalogueFile {
  const current = readModelCatalogue(path);
  const models = [...current.models.filter((m) => m.id !== entry.id), entry].sort((a, b) => a.id.localeCompare(b.id));
  const next: ModelCatalogueFile = { ...current, models };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(next, null, 2) + '\n');
  return next;
}
