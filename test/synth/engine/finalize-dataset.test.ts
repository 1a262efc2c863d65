import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../src/stats/export/write-csv.ts';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { missingCell } from '../../../src/stats/tables/axis.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { targetsFromJson } from '../../../src/stats/stats-json/targets-from-json.ts';
import { targetsToJson } from '../../../src/stats/stats-json/targets-to-json.ts';
import { finalizeDataset } from '../../../src/synth/engine/finalize-dataset.ts';
import { RecordStore } from '../../../src/synth/engine/record-store.ts';

describe('finalizeDataset', () => {
  it("hands the schema's missing tokens to the writer, through a stats.json too, so missing cells come out as the input wrote them", async () => {
    const bytes = new TextEncoder().encode('work,age,note\n?,NA,a\nPrivate,40,NA\nGov,NA,c\n?,31,NA\n');
    const { dataset } = await loadDataset({ name: 't.csv', bytes }, { overrides: { note: { included: false } } });
    const targets = targetsFromJson(JSON.parse(JSON.stringify(targetsToJson(buildTargets(dataset)))));
    const [work, age] = targets.axes;
    const store = new RecordStore([false, true]);
    store.push([missingCell(work), missingCell(age)], [Number.NaN, Number.NaN]);
    store.push([0, 0], [Number.NaN, 40]);
    // A column left out of the statistics is all missing, and missing is written its way.
    expect(writeCsv(finalizeDataset({ targets, store }))).toBe('work,age,note\n?,NA,NA\nPrivate,40,NA\n');
  });
});
