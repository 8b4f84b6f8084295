/**
 * `npm run --silent understand -- --jsonl FILE [--flow FILE] [--explain]`: reads lines of
 * `{"lang":"en","text":"..."}` and writes, in order, one JSON line per input with exactly the
 * slots of an Understanding (null or [] when unknown). `--explain` adds the phrases heard.
 * Without --jsonl, reads the texts given as arguments ("understand -- 'my son drinks'").
 */
import { loadConfig } from '../config';
import { UNDERSTANDING_KEYS, type Understanding } from '../understand/slots';
import { readMessage } from '../understand/understand';
import { loadUnderstandTools, readJsonLines } from './understandInput';

/** The understanding as one JSON object with exactly the slot keys, in the documented order. */
export function understandingJson(u: Understanding): Record<string, unknown> {
  return Object.fromEntries(UNDERSTANDING_KEYS.map((k) => [k, u[k]]));
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Runs the command; returns the exit code. */
export function runUnderstand(args: string[], write: (line: string) => void, flowsDir: string): number {
  const jsonl = option(args, '--jsonl');
  const explain = args.includes('--explain');
  const tools = loadUnderstandTools(flowsDir, option(args, '--flow'));
  let inputs: { lang: string; text: string }[];
  if (jsonl) {
    inputs = readJsonLines(jsonl).map((row) => {
      const r = (row ?? {}) as { lang?: unknown; text?: unknown };
      return { lang: typeof r.lang === 'string' ? r.lang : 'en', text: typeof r.text === 'string' ? r.text : '' };
    });
  } else {
    const lang = option(args, '--lang') ?? 'en';
    const skip = new Set([option(args, '--lang'), option(args, '--flow')]);
    inputs = args.filter((a) => !a.startsWith('--') && !skip.has(a)).map((text) => ({ lang, text }));
    if (!inputs.length) {
      write('Usage: npm run --silent understand -- --jsonl FILE   (or: npm run understand -- "my son drinks")');
      return 2;
    }
  }
  for (const { lang, text } of inputs) {
    const reading = readMessage(text, lang, tools.lexicon, tools.places, tools.options);
    const line = understandingJson(reading.understood);
    // The programs named that the line may not list (the engine checks the catalogue) are part of the explanation.
    const others = reading.otherPrograms?.map((p) => p.id ?? p.names[0]);
    write(
      JSON.stringify(
        explain
          ? {
              ...line,
              heard: reading.heard,
              ...(others ? { otherPrograms: others } : {}),
              // Who else the help is for, or wants it: "me and my husband both drink", "my son wants to quit".
              ...(reading.shared ? { shared: reading.shared } : {}),
              ...(reading.forThem ? { forThem: true } : {}),
            }
          : line,
      ),
    );
  }
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = runUnderstand(process.argv.slice(2), (line) => console.log(line), loadConfig().flowsDir);
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  }
}
