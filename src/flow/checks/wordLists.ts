import type { FlowContext } from './flowContext';
import { CARRIER_WORDS, checkWordsLanguages, squash, wordsFor } from './flowWords';

/** Word lists outside routes: yes/no words, language switches, start words, labels. */
export function checkWordLists(ctx: FlowContext): void {
  const { flow } = ctx;
  for (const key of ['yes_words', 'no_words'] as const) {
    const words = flow[key];
    if (words) checkWordsLanguages(ctx, [key], words);
  }
  // Answers and language switches are whole messages too: a carrier word there never arrives.
  for (const key of ['yes_words', 'no_words', 'switch_language'] as const) {
    for (const lang of ctx.languages) {
      for (const { word, path } of wordsFor(flow[key], lang, [key])) {
        if (CARRIER_WORDS.has(squash(word))) {
          ctx.report(
            path,
            'error',
            'carrier-keyword',
            `"${word}" is a carrier keyword: the phone company and Twilio act on it (opt out, opt in or help) before this flow sees it, so it cannot be used in \`${key}\`. Use another word.`,
          );
        }
      }
    }
  }
  for (const key of ['start_language', 'switch_language', 'labels'] as const) {
    for (const lang of Object.keys(flow[key] ?? {})) {
      if (!ctx.languages.includes(lang)) {
        ctx.report(
          [key, lang],
          'error',
          'unknown-language',
          `\`${lang}\` under \`${key}\` is not one of the flow's languages (${ctx.languages.join(', ')}). Add it to \`languages\` (with every text translated) or remove it.`,
          'key',
        );
      }
    }
  }
  const usesActions = Object.values(flow.nodes).some(
    (n) => n.do !== undefined || n.routes?.some((r) => r.do !== undefined),
  );
  if (usesActions && !flow.labels) {
    ctx.report(
      [],
      'error',
      'missing-labels',
      'The flow finds meetings (`do:`), which needs `labels:` with the words of a meeting line (days, online, phone, miles) for each language. Add them (copy them from flows/recovery.yaml).',
    );
  }
  if (flow.labels) {
    const missing = ctx.languages.filter((l) => !flow.labels?.[l]);
    if (missing.length) {
      ctx.report(
        ['labels'],
        'error',
        'missing-translation',
        `\`labels\` has no ${missing.map((l) => `\`${l}\``).join(', ')} words for meeting lines. Add them (days, online, phone, miles).`,
        'key',
      );
    }
  }
}
