import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { townsFromTables } from '../directory/placeIndex';
import { postalCodes } from '../directory/postalCodes';
import { PREBUILT_PLACES_FILE, placeTablesStamp, type PlacesFile } from '../directory/prebuiltPlaces';
import { encodeTowns } from '../directory/townTablesCodec';

/**
 * The last step of `npm run build`: builds the place tables (the zipcodes' postal table and the town tables) once
 * and writes them beside the compiled directory code, stamped with what they were built from, so each starting
 * process reads them instead of building them in both of its threads (src/directory/prebuiltPlaces.ts).
 */
function main(): void {
  if (!__filename.endsWith('.js')) throw new Error('run the compiled build step: node dist/cli/buildPlaces.js');
  // An older file must not be read while the new tables are built.
  rmSync(PREBUILT_PLACES_FILE, { force: true });
  const towns = townsFromTables();
  const tables: PlacesFile = { stamp: placeTablesStamp(), postal: postalCodes().toData(), towns: encodeTowns(towns) };
  // Written whole, then moved in place: a server starting meanwhile reads the old file or none, never half of one.
  const partial = `${PREBUILT_PLACES_FILE}.${process.pid}.partial`;
  writeFileSync(partial, serialize(tables));
  renameSync(partial, PREBUILT_PLACES_FILE);
  process.stdout.write(`place tables: ${towns.size} town names written to ${PREBUILT_PLACES_FILE}\n`);
}

main();
