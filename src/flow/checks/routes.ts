import type { FlowContext } from './flowContext';
import { CARRIER_WORDS, checkWordsLanguages, squash, wordsFor } from './flowWords';
import { checkShadowing } from './shadowing';

/** The marks of the understanding's phrase patterns ("a|b", "word?", "..."), which plain word lists do not read. */
const PATTERN_MARKS = /\||\?(?:\s|$)|\.\.\./;

/** Each route tests something, its words are translated and free of carrier words, and no earlier route takes them. */
export function checkRoutes(ctx: FlowContext): void {
  const yesNo = { yes: ctx.flow.yes_words, no: ctx.flow.no_words };
  for (const [name, node, base] of ctx.nodes()) {
    const routes = node.routes ?? [];
    routes.forEach((route, i) => {
      const rpath = [...base, 'routes', i];
      const tests = ['number', 'words', 'yes', 'no', 'pattern', 'location', 'any', 'understood', 'intent'].filter(
        (k) => route[k as keyof typeof route] !== undefined,
      );
      if (tests.length === 0) {
        ctx.report(
          rpath,
          'error',
          'route-without-test',
          `Route ${i + 1} of node \`${name}\` says nothing about which answers it takes. Add \`words\`, \`number\`, \`yes: true\`, \`no: true\`, \`location: true\`, \`pattern\` or \`any: true\`.`,
        );
      }
      if (route.words) checkWordsLanguages(ctx, [...rpath, 'words'], route.words);
      for (const key of ['yes', 'no'] as const) {
        if (route[key] && !yesNo[key]) {
          ctx.report(
            [...rpath, key],
            'error',
            'missing-yes-no-words',
            `This route takes \`${key}\` answers, but the flow has no \`${key}_words\`. Add \`${key}_words:\` at the top of the file (per language).`,
            'key',
          );
        }
      }
      if (route.pattern !== undefined) {
        try {
          new RegExp(route.pattern, 'i');
        } catch (err) {
          ctx.report(
            [...rpath, 'pattern'],
            'error',
            'bad-pattern',
            `The pattern is not a valid regular expression (${(err as Error).message}). Fix it, or use \`words\` instead.`,
          );
        }
      }
      for (const lang of ctx.languages) {
        for (const { word, path } of wordsFor(route.words, lang, [...rpath, 'words'])) {
          if (CARRIER_WORDS.has(squash(word))) {
            ctx.report(
              path,
              'error',
              'carrier-keyword',
              `"${word}" is a carrier keyword: the phone company and Twilio act on it (opt out, opt in or help) before this flow sees it, so it cannot be an answer. Use another word (YES is fine as an answer).`,
            );
          }
          // A route's words are plain phrases: "dont|do not have a zip" would be read as the words "dont do not
          // have a zip" and never match. The marks work only in the understanding's lists.
          if (PATTERN_MARKS.test(word)) {
            ctx.report(
              path,
              'error',
              'route-words-pattern',
              `"${word}" uses the marks of the understanding's phrases ("a|b", "word?", "..."), which a route's \`words\` do not read: as written it never matches. Write each phrase out ("dont have a zip", "do not have a zip").`,
            );
          }
        }
      }
    });
    checkShadowing(ctx, name, node, base);
  }
}
