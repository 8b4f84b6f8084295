/**
 * npx tsx tools/makeAggregatorSample.ts [out]
 *
 * Writes the BMLT aggregator NDJSON.gz test fixture (default
 * test/fixtures/feeds/na-aggregator-sample.ndjson.gz) from the bundled Finger Lakes feed; see
 * tools/directory/aggregatorSample.ts for what it holds. A test checks the fixture still equals
 * what this writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregatorSampleGz } from './directory/aggregatorSample';

const out = process.argv[2] ?? join('test', 'fixtures', 'feeds', 'na-aggregator-sample.ndjson.gz');
writeFileSync(out, aggregatorSampleGz(join('test', 'fixtures', 'feeds')));
console.error(`wrote ${out}`);
