import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CRISIS_KINDS, findCrisis, type CrisisKind } from './crisisCheck';
import type { FlowFile } from './flowSchema';

/**
 * The crisis corpora (flows/safety/crisis.yaml and no-alarm.yaml) run against a flow being
 * checked: every crisis phrasing must still be caught with its kinds, through the flow's own
 * crisis words, and no everyday phrasing may raise an alarm because of a word staff added.
 */

/** One labelled phrasing of a corpus. */
export interface CorpusLine {
  lang: string;
  text: string;
  kinds?: CrisisKind[];
}

/** Both corpora, as read from their folder. */
export interface CrisisCorpora {
  crisis: CorpusLine[];
  noAlarm: CorpusLine[];
}

/** The corpora shipped with the line, next to the default flows. */
export const SHIPPED_CORPORA_DIR = join(__dirname, '../../flows/safety');

/**
 * Reads crisis.yaml and no-alarm.yaml from a folder (each a list), and every other corpus file there that holds both
 * sides as one map (`crisis:` and `no-alarm:` lists: a session's additions, like twenty-first.yaml); person.yaml, a map
 * of other lists, adds nothing. Undefined when the folder has no phrasing at all.
 */
export function loadCrisisCorpora(dir: string = SHIPPED_CORPORA_DIR): CrisisCorpora | undefined {
  const lines = (data: unknown): CorpusLine[] =>
    Array.isArray(data) ? data.filter((l): l is CorpusLine => typeof (l as CorpusLine)?.text === 'string') : [];
  const read = (name: string): unknown => {
    const file = join(dir, name);
    return existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
  };
  const corpora: CrisisCorpora = { crisis: lines(read('crisis.yaml')), noAlarm: lines(read('no-alarm.yaml')) };
  const others = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.yaml') && name !== 'crisis.yaml' && name !== 'no-alarm.yaml')
        .sort()
    : [];
  for (const name of others) {
    const data = read(name);
    if (!data || Array.isArray(data) || typeof data !== 'object') continue;
    const both = data as { crisis?: unknown; 'no-alarm'?: unknown };
    corpora.crisis.push(...lines(both.crisis));
    corpora.noAlarm.push(...lines(both['no-alarm']));
  }
  return corpora.crisis.length || corpora.noAlarm.length ? corpora : undefined;
}

/** Where a finding is, and what to say about it. */
export type CorpusReport = (
  path: Array<string | number>,
  severity: 'error' | 'warning',
  rule: string,
  message: string,
) => void;

/** Reports each crisis phrasing the flow would miss (an error) and each everyday one it would alarm on (a warning). */
export function checkCrisisCorpora(flow: FlowFile, corpora: CrisisCorpora, report: CorpusReport): void {
  const at = (name: string) => (flow.keywords[name] ? ['keywords', name] : ['keywords']);
  for (const line of corpora.crisis) {
    const finding = findCrisis(line.text, flow.keywords);
    const found = finding?.kinds ?? [];
    const missing = (line.kinds ?? []).filter((k) => !found.includes(k));
    // A line with no kind listed only needs the crisis reply: danger in general, from the `crisis` words.
    if (finding && missing.length === 0) continue;
    // The keyword whose words would catch it: the first kind missing, overdose before suicide before violence.
    const missingKind = CRISIS_KINDS.find((k) => missing.includes(k));
    report(
      at(missingKind ? `crisis_${missingKind}` : 'crisis'),
      'error',
      'crisis-corpus',
      `The crisis corpus says ${JSON.stringify(line.text)} is about ${missing.join(' and ') || 'danger'}, but this ` +
        'flow would not answer it as that. Put back the crisis words that were removed, or add words that catch it.',
    );
  }
  for (const line of corpora.noAlarm) {
    if (!findCrisis(line.text, flow.keywords)) continue;
    report(
      at('crisis'),
      'warning',
      'crisis-false-alarm',
      `${JSON.stringify(line.text)} (from the no-alarm corpus) would get the crisis reply with this ` +
        "flow's crisis words. " +
        'Make the added words longer phrases, so everyday texts do not raise an alarm.',
    );
  }
}
