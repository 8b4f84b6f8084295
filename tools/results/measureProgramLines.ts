import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProgramList } from '../../src/directory/formatMeetings';
import { loadProgramCatalogue } from '../../src/directory/programCatalogue';
import type { Program } from '../../src/directory/types';
import { smsInfo } from '../../src/sms/gsm7';
import { MAX_SMS_BODY_CHARS } from '../../src/sms/smsLimits';

/**
 * Measures, over the golden transcripts (test/engine/golden), what the first results message
 * costs as sent (compact program lines in one message) against the other way issue 14 allowed:
 * the program lines in full (description, link, phone) as a message of their own, and the
 * meetings as a second. Prints one line per results message, then the totals, in SMS parts.
 * Run: npx tsx tools/results/measureProgramLines.ts
 */
const ROOT = join(__dirname, '..', '..');
const catalogue = loadProgramCatalogue(join(ROOT, 'directory', 'programs.yaml'));
const programs = [
  'aa',
  'na',
  'smart',
  'smart_family',
  'mara',
  'alanon',
  'alateen',
  'naranon',
  'ga',
  'gamanon',
  'group_therapy',
]
  .map((id) => catalogue.program(id))
  .filter((p): p is Program => p !== undefined);
const HEADS = [/^Groups for you: /, /^Grupos para ti: /];
const HEADING =
  /^(Meetings within|None within|Next meetings:|Nothing |Reuniones a menos|Ninguna a|Proximas reuniones:|Nada )/;

/** The results messages of a transcript: each reply that starts with the programs heading. */
function resultsMessages(transcript: string): string[] {
  const replies: string[] = [];
  let current: string[] | undefined;
  for (const line of transcript.split('\n')) {
    if (line.startsWith('< ')) (current ??= []).push(line.slice(2));
    else if (current) {
      replies.push(current.join('\n'));
      current = undefined;
    }
  }
  if (current) replies.push(current.join('\n'));
  return replies.filter((r) => HEADS.some((h) => h.test(r)));
}

let compactParts = 0;
let splitParts = 0;
let count = 0;
for (const file of readdirSync(join(ROOT, 'test', 'engine', 'golden'))
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  for (const message of resultsMessages(readFileSync(join(ROOT, 'test', 'engine', 'golden', file), 'utf8'))) {
    const lines = message.split('\n');
    const headingAt = lines.findIndex((l) => HEADING.test(l));
    const head = lines[0].match(/^(Groups for you: |Grupos para ti: )/)![1];
    const programLines = [lines[0].slice(head.length), ...lines.slice(1, headingAt)];
    const lang = head.startsWith('Grupos') ? 'es' : 'en';
    const named = programLines
      .map((l) => programs.find((p) => l.startsWith(`${p.name} `) || l === p.name))
      .filter((p, i, all): p is Program => p !== undefined && all.indexOf(p) === i);
    const full = head + formatProgramList(named, lang, MAX_SMS_BODY_CHARS);
    const rest = lines.slice(headingAt).join('\n');
    const asSent = smsInfo(message).segments;
    const asTwo = smsInfo(full).segments + smsInfo(rest).segments;
    compactParts += asSent;
    splitParts += asTwo;
    count++;
    console.log(`${file}: one message ${asSent} parts (${message.length} chars); programs apart ${asTwo} parts`);
  }
}
console.log(
  `${count} results messages: compact in one message ${compactParts} parts; ` +
    `programs as a second message ${splitParts} parts`,
);
