import { readFileSync } from 'node:fs';
import { parseSourceSpec, parseSourceText, readSourceBytes, type SourceSpec } from './meetingSource';
import { parseProgramCatalogue, type ProgramCatalogue } from './programCatalogue';

/** A configured feed file as a prestarted worker read and parsed it, while the server was still starting. */
interface ParsedAhead {
  bytes: Buffer;
  json: unknown;
}

const ahead = new Map<string, Promise<ParsedAhead | undefined>>();

/**
 * Reads and parses the configured feed files now, in the directory worker started with the process, which would
 * otherwise wait for the main thread's first load request doing nothing: a national feed's JSON.parse is half a
 * second of the first load. URLs are left to the load (no request is made before it asks); a file that cannot be
 * read or parsed now is simply read and parsed by the load, which reports it.
 */
export function parseAhead(raws: readonly string[]): void {
  for (const raw of raws) {
    const spec = parseSourceSpec(raw);
    if (spec.isUrl || ahead.has(raw)) continue;
    ahead.set(raw, readAndParse(spec));
  }
}

async function readAndParse(spec: SourceSpec): Promise<ParsedAhead | undefined> {
  try {
    const bytes = await readSourceBytes(spec);
    return { bytes, json: parseSourceText(spec, bytes.toString('utf8')) };
  } catch {
    return undefined;
  }
}

/**
 * The feed parsed ahead for `raw`, when the load read exactly the same bytes (the file did not change in between,
 * so parsing them again would give the same value); taken once, later loads parse their own. Undefined otherwise.
 */
export async function takeParsedAhead(raw: string, bytes: Buffer): Promise<{ json: unknown } | undefined> {
  const pending = ahead.get(raw);
  if (!pending) return undefined;
  ahead.delete(raw);
  const parsed = await pending;
  return parsed && parsed.bytes.equals(bytes) ? { json: parsed.json } : undefined;
}

/** programs.yaml as parsed ahead: its file, its text then, and the checked catalogue. */
let catalogueAhead: { file: string; text: string; catalogue: ProgramCatalogue } | undefined;

/**
 * Parses and checks programs.yaml now, as parseAhead does the feeds: the load would otherwise start with it. A
 * catalogue with problems is left to the load, which reports them.
 */
export function parseCatalogueAhead(file: string): void {
  try {
    const text = readFileSync(file, 'utf8');
    catalogueAhead = { file, text, catalogue: parseProgramCatalogue(text, file) };
  } catch {
    catalogueAhead = undefined;
  }
}

/** The catalogue parsed ahead from `file`, when the file still holds the same text; taken once. */
export function takeCatalogueAhead(file: string): ProgramCatalogue | undefined {
  const parsed = catalogueAhead;
  catalogueAhead = undefined;
  if (!parsed || parsed.file !== file) return undefined;
  try {
    return readFileSync(file, 'utf8') === parsed.text ? parsed.catalogue : undefined;
  } catch {
    return undefined;
  }
}
