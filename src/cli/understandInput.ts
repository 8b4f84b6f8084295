import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFlowFile } from '../flow/flowParser';
import { PlaceIndex } from '../directory/placeIndex';
import { flowLexicon } from '../understand/flowLexicon';
import type { Lexicon } from '../understand/lexicon';
import type { UnderstandOptions } from '../understand/understand';

/** What the understand commands read with: the entry flow's lexicon and crisis words, and the offline places. */
export interface UnderstandTools {
  lexicon: Lexicon;
  places: PlaceIndex;
  options: UnderstandOptions;
}

/**
 * Loads flows/recovery.yaml (or the file given) and the offline place table; a broken flow throws with the
 * checker's words.
 */
export function loadUnderstandTools(flowsDir: string, flowFile?: string): UnderstandTools {
  const file = flowFile ?? join(flowsDir, 'recovery.yaml');
  const parsed = parseFlowFile(file);
  if (!parsed.flow) {
    const why = parsed.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}: ${f.message}`).join('\n');
    throw new Error(`The flow ${file} cannot be read:\n${why}`);
  }
  return { lexicon: flowLexicon(parsed.flow), places: new PlaceIndex(), options: {} };
}

/** The lines of a JSON-lines file (blank lines skipped), each parsed; a bad line throws naming its number. */
export function readJsonLines(file: string): unknown[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: unknown[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line));
    } catch {
      throw new Error(`${file}:${i + 1}: not a JSON line`);
    }
  });
  return out;
}
