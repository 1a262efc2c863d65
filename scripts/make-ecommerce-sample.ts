// `npx tsx scripts/make-ecommerce-sample.ts`: writes public/samples/ecommerce.csv, the app's
// e-commerce sample: 2,000 rows of the LLMSynthor appendix A.1 process, seed 1
// (columns age, gender, location, category, price, payment).
import { writeFileSync } from 'node:fs';
import { sampleEcommerce } from '../bench/ecommerce/ecommerce-process.ts';
import { writeCsv } from '../src/stats/export/write-csv.ts';

const file = new URL('../public/samples/ecommerce.csv', import.meta.url);
writeFileSync(file, writeCsv(sampleEcommerce({ rows: 2000, seed: 1 })));
process.stdout.write(`wrote ${file.pathname}\n`);
