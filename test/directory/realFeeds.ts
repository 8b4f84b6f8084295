import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDirectory } from '../../src/directory/buildDirectory';
import { bmltFormatNames } from '../../src/directory/feedImporters';
import type { ImportResult } from '../../src/directory/meetingDraft';
import { importSourceJson, parseSourceSpec } from '../../src/directory/meetingSource';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { loadProgramCatalogue, type ProgramCatalogue } from '../../src/directory/programCatalogue';

/** The real feeds copied into test fixtures, and helpers to import them as the server does. */
export const FIXTURES = join(__dirname, '..', 'fixtures', 'feeds');
export const FEEDS = {
  amarillo: 'aa-amarillo-tx.meeting-guide.json',
  quinte: 'aa-quinte-ontario.meeting-guide.json',
  alanon: 'al-anon-massachusetts.meeting-guide.json',
  na: 'na-finger-lakes-ny.bmlt.json',
} as const;

let catalogue: ProgramCatalogue | undefined;
let places: PlaceIndex | undefined;

/** The real staff catalogue, directory/programs.yaml. */
export function realCatalogue(): ProgramCatalogue {
  catalogue ??= loadProgramCatalogue(join(__dirname, '..', '..', 'directory', 'programs.yaml'));
  return catalogue;
}

/** Imports one fixture feed (by file name) the way the server does. */
export function importFixture(file: string, raw?: unknown): ImportResult {
  places ??= new PlaceIndex();
  const path = join(FIXTURES, file);
  const json = raw ?? JSON.parse(readFileSync(path, 'utf8'));
  const extraFormats = bmltFormatNames(JSON.parse(readFileSync(join(FIXTURES, 'na-formats.bmlt.json'), 'utf8')));
  return importSourceJson(parseSourceSpec(path), json, { catalogue: realCatalogue(), places, extraFormats });
}

/** A directory of all four real feeds. */
export function realDirectory() {
  const meetings = Object.values(FEEDS).flatMap((f) => importFixture(f).meetings);
  return buildDirectory(meetings, realCatalogue());
}
