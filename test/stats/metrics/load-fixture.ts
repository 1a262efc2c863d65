import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../../src/stats/dataset.ts';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { FIXTURE_DIR } from './read-fixture.ts';

/** A fixture case read the way the CLI reads it: real with its metadata, synthetic with the real schema. */
export async function loadFixture(caseName: string): Promise<{ real: Dataset; synthetic: Dataset }> {
  const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURE_DIR, caseName, name))) });
  const metadata: unknown = JSON.parse(readFileSync(join(FIXTURE_DIR, caseName, 'metadata.json'), 'utf8'));
  const real = await loadDataset(file('real.csv'), { metadata });
  const synthetic = await loadDataset(file('synthetic.csv'), { schema: real.dataset.schema });
  return { real: real.dataset, synthetic: synthetic.dataset };
}
