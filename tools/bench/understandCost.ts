import { join } from 'node:path';
import { readJsonLines } from '../../src/cli/understandInput';
import { builtModule } from './builtModule';
import { CONVERSATION } from './webhookLoad';

/** What reading one text costs, warm: the whole understanding step, and the crisis detector alone. */
export interface UnderstandCost {
  texts: number;
  understand_us_per_text: number;
  crisis_us_per_text: number;
  /** The slowest of STORMS to read whole (understanding with its crisis check), the median of a few reads, in ms. */
  storm_max_ms: number;
}

/**
 * 1,600-character texts that once cost the understanding step far more than a text should (each a probe's find: a
 * phrase repeated split again and again, an emoji storm): a line flooded with them must still answer each in time.
 */
export const STORM_UNITS = [
  '😀',
  '🙏🏽',
  'now ',
  'in ',
  'hi ok ',
  'n lubbock ',
  'no 12 step ',
  'midland, in person, ',
  'drinkin ',
  'i want ',
  'my mom ',
  'the pills are ',
  'after 6 ',
  'aa na ',
];
const STORMS = STORM_UNITS.map((unit) => unit.repeat(Math.ceil(1600 / unit.length)).slice(0, 1600));

/** The slowest storm's median read in ms; each read is a new text (a trailing space) so no reading is reused. */
function slowestStormMs(read: (text: string) => void): number {
  let slowest = 0;
  for (const storm of STORMS) {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const text = `${storm.slice(0, 1600 - i - 1)}${' '.repeat(i + 1)}`;
      const started = process.hrtime.bigint();
      read(text);
      runs.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    slowest = Math.max(slowest, runs.sort((a, b) => a - b)[2]);
  }
  return Math.round(slowest * 100) / 100;
}

function microsPerText(
  texts: readonly { lang: string; text: string }[],
  run: (t: { lang: string; text: string }) => void,
): number {
  for (let i = 0; i < 200; i++) for (const t of texts) run(t); // warm up: compiled lexicon, caches, JIT
  const rounds = 2000;
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) for (const t of texts) run(t);
  return Number(process.hrtime.bigint() - started) / 1000 / (rounds * texts.length);
}

/** A build's understanding of a text in a language, with its flow's lexicon and the offline places. */
export type UnderstandRead = (text: string, lang: string) => unknown;

/** The understanding of the build at `root`: its built modules, as production runs them (see builtModule). */
export function builtUnderstanding(root: string): UnderstandRead {
  const { PlaceIndex } = builtModule<typeof import('../../src/directory/placeIndex')>(root, 'src/directory/placeIndex');
  const { parseFlowFile } = builtModule<typeof import('../../src/flow/flowParser')>(root, 'src/flow/flowParser');
  const { flowLexicon } = builtModule<typeof import('../../src/understand/flowLexicon')>(
    root,
    'src/understand/flowLexicon',
  );
  const { understand } = builtModule<typeof import('../../src/understand/understand')>(
    root,
    'src/understand/understand',
  );
  const flow = parseFlowFile(join(root, 'flows', 'recovery.yaml')).flow;
  if (!flow) throw new Error(`${root}/flows/recovery.yaml cannot be read`);
  const lexicon = flowLexicon(flow);
  const places = new PlaceIndex();
  return (text, lang) => understand(text, lang, lexicon, places);
}

/**
 * Measures the understanding step on the labelled texts (dev and held-out sets) and the bench
 * conversation's texts, in this process, with the shipped flow's lexicon and the offline places.
 */
export function measureUnderstanding(root: string): UnderstandCost {
  const read = builtUnderstanding(root);
  const { detectCrisis } = builtModule<typeof import('../../src/text/crisisDetector')>(root, 'src/text/crisisDetector');
  const labelled = ['dev', 'heldout'].flatMap(
    (name) =>
      readJsonLines(join(root, 'test', 'fixtures', 'utterances', `${name}.jsonl`)) as { lang: string; text: string }[],
  );
  const texts = [...labelled, ...CONVERSATION.map((text) => ({ lang: 'en', text }))];
  return {
    texts: texts.length,
    understand_us_per_text: Math.round(microsPerText(texts, (t) => read(t.text, t.lang)) * 10) / 10,
    crisis_us_per_text: Math.round(microsPerText(texts, (t) => detectCrisis(t.text)) * 100) / 100,
    storm_max_ms: slowestStormMs((text) => read(text, 'en')),
  };
}

if (require.main === module) {
  process.stdout.write(`${JSON.stringify(measureUnderstanding(process.cwd()))}\n`);
}
