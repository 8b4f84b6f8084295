/**
 * npm run directory:import -- <file|url|ID=url|program=ID:url> [--program aa] [--programs FILE] [--json]
 * npm run directory:import -- --check-programs [--programs directory/programs.yaml]
 * On a production install, the same built: node dist/cli/directoryImport.js ...
 *
 * Imports one meeting feed (Meeting Guide JSON, a 12 Step Meeting List site, BMLT GetSearchResults,
 * the BMLT aggregator's NDJSON export, plain or gzipped, or a local.yaml list) the way the server
 * would, and prints how many meetings came in, how many were listed twice, and each one that did
 * not come in, by slug and reason. Exit 0 when meetings came in; 1 when the source could not be
 * read, names no program, or every meeting in it was rejected.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { CatalogueError, DirectoryLoadError } from '../directory/errors';
import { bmltFormatNames, isBmltFormatList } from '../directory/feedImporters';
import {
  importSourceJson,
  parseSourceSpec,
  parseSourceText,
  readSourceText,
  type SourceSpec,
} from '../directory/meetingSource';
import { PlaceIndex } from '../directory/placeIndex';
import { loadProgramCatalogue, type ProgramCatalogue } from '../directory/programCatalogue';

const USAGE = [
  'usage: npm run directory:import -- <file|url> [--program aa] [--programs directory/programs.yaml] [--json]',
  '       npm run directory:import -- --check-programs',
  'A source may also carry its program: na=https://example.org/... (or program=na:https://...)',
  'On a production install: node dist/cli/directoryImport.js <file|url> [--program aa]',
];

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      program: { type: 'string' },
      programs: { type: 'string', default: join('directory', 'programs.yaml') },
      json: { type: 'boolean', default: false },
      'check-programs': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || (positionals.length !== 1 && !values['check-programs'])) {
    for (const line of USAGE) console.log(line);
    return values.help ? 0 : 1;
  }
  let catalogue: ProgramCatalogue;
  try {
    catalogue = loadProgramCatalogue(values.programs!);
  } catch (err) {
    if (err instanceof CatalogueError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  if (values['check-programs']) {
    console.log(
      `${values.programs}: OK, ${catalogue.programs.length} programs: ${catalogue.programs.map((p) => p.id).join(', ')}`,
    );
    if (positionals.length === 0) return 0;
  }
  const raw = values.program ? `program=${values.program}:${positionals[0]}` : positionals[0];
  try {
    return await importOne(parseSourceSpec(raw), catalogue, values.json!);
  } catch (err) {
    if (err instanceof DirectoryLoadError) {
      console.error(`cannot import: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

/** Imports one source as the server would and prints its report; the exit code (1 when nothing came in). */
async function importOne(spec: SourceSpec, catalogue: ProgramCatalogue, asJson: boolean): Promise<number> {
  const json = parseSourceText(spec, await readSourceText(spec));
  if (isBmltFormatList(json)) {
    console.log(
      `${spec.location}: a BMLT format list (${bmltFormatNames(json).size} codes), not meetings; the server reads it as the NA format names.`,
    );
    return 0;
  }
  // The bundled GetFormats file names BMLT format codes, as it does when the server loads.
  const formatsFile = join('directory', 'feeds', 'na-formats.bmlt.json');
  const extraFormats = existsSync(formatsFile)
    ? bmltFormatNames(JSON.parse(readFileSync(formatsFile, 'utf8')))
    : undefined;
  const { report } = importSourceJson(spec, json, { catalogue, places: new PlaceIndex(), extraFormats });
  const nothing = report.imported === 0 && report.rejected.length > 0;
  if (asJson) {
    console.log(JSON.stringify(report, null, 2));
    return nothing ? 1 : 0;
  }
  const merged = report.merged ? `, ${report.merged} listed twice and merged` : '';
  console.log(
    `${report.source}: ${report.imported} meeting(s) imported${report.program ? ` as ${report.program}` : ''}, ${report.rejected.length} rejected${merged}`,
  );
  for (const r of report.rejected) console.log(`  rejected ${r.slug}: ${r.reason}`);
  if (nothing) {
    // Every meeting refused usually means the source was read as the wrong program or format.
    console.error(
      `nothing imported: check the reasons above, and that --program ${report.program ?? 'ID'} is this feed's program`,
    );
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
