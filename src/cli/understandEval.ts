/**
 * `npm run understand:eval -- FILE [--flow FILE] [--lang-default en]`: scores a labelled file in the
 * format of the shared utterances set (see test/fixtures/utterances/README.md) and prints per-key
 * accuracy, the crisis checks and every miss. Exits 1 when under target: fewer than 97% of texts
 * fully right, a crisis text missed, or a not-crisis text alarmed.
 */
import { loadConfig } from '../config';
import { scoreTexts, type LabelledText } from '../understand/scoreUtterances';
import { readMessage } from '../understand/understand';
import { loadUnderstandTools, readJsonLines } from './understandInput';

/** The share of texts that must be fully right. */
const TARGET = 0.97;

function pct(right: number, all: number): string {
  return all ? `${((100 * right) / all).toFixed(1)}%` : '-';
}

/** Runs the command; returns the exit code. */
export function runUnderstandEval(args: string[], write: (line: string) => void, flowsDir: string): number {
  const flowAt = args.indexOf('--flow');
  const file = args.find((a, i) => !a.startsWith('--') && (flowAt < 0 || i !== flowAt + 1));
  if (!file) {
    write('Usage: npm run understand:eval -- FILE.jsonl');
    return 2;
  }
  const tools = loadUnderstandTools(flowsDir, flowAt >= 0 ? args[flowAt + 1] : undefined);
  const texts = readJsonLines(file) as LabelledText[];
  const { score, misses } = scoreTexts(
    texts,
    (t) => readMessage(t.text, t.lang ?? 'en', tools.lexicon, tools.places, tools.options).understood,
  );
  // Timed on a second pass, once the lexicon and place tables are built, as the server runs warm.
  const started = process.hrtime.bigint();
  for (const t of texts) readMessage(t.text, t.lang ?? 'en', tools.lexicon, tools.places, tools.options);
  const micros = Number(process.hrtime.bigint() - started) / 1000 / Math.max(1, texts.length);
  for (const m of misses) {
    write(`MISS [${m.text.lang}] ${JSON.stringify(m.text.text)}`);
    for (const s of m.misses) write(`  ${s.key}: expected ${JSON.stringify(s.expected)}, got ${JSON.stringify(s.got)}`);
  }
  write('');
  write('key               right / checked');
  for (const [key, k] of Object.entries(score.perKey).sort()) {
    write(
      `${key.padEnd(17)} ${String(k.right).padStart(5)} / ${String(k.checked).padEnd(5)} ${pct(k.right, k.checked)}`,
    );
  }
  write('');
  write(
    `fully right: ${score.fullyRight} / ${score.items} (${pct(score.fullyRight, score.items)}; target ${TARGET * 100}%)`,
  );
  write(
    `crisis missed: ${score.crisisMissed.length}${score.crisisMissed.length ? ` ${JSON.stringify(score.crisisMissed)}` : ''}`,
  );
  write(
    `crisis false alarms: ${score.crisisFalseAlarms.length}${score.crisisFalseAlarms.length ? ` ${JSON.stringify(score.crisisFalseAlarms)}` : ''}`,
  );
  write(`cost: ${micros.toFixed(0)} µs per text, second pass (npm run bench measures it warm, many passes)`);
  const ok = score.fullyRight >= TARGET * score.items && !score.crisisMissed.length && !score.crisisFalseAlarms.length;
  return ok ? 0 : 1;
}

if (require.main === module) {
  try {
    process.exitCode = runUnderstandEval(process.argv.slice(2), (line) => console.log(line), loadConfig().flowsDir);
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  }
}
