import { CARRIER_HELP_WORDS, CARRIER_OPT_OUT_WORDS } from '../../text/carrierWords';
import { concernKeywordBase } from '../concernKeywords';
import { CANADA_KEYWORDS, CANADA_SUFFIX, KNOWN_KEYWORDS, SHOWN_MEETING_KEYWORDS } from '../flowSchema';
import type { FlowContext } from './flowContext';
import { CARRIER_WORDS, checkWordsLanguages, squash, wordsFor } from './flowWords';
import { suggest } from './suggest';
import { KEYWORD_NEEDS as KNOWN_KEYWORD_NEEDS, type KeywordNeeds } from '../keywordNeeds';

/** The understanding's phrase marks ("=whole", "a|b", "word?", "..."), which keyword words do not read. */
const KEYWORD_PATTERN_MARKS = /^=|\||\?(?:\s|$)|\.\.\./;

/** What each keyword must have for the engine to act on it: the known ones', and the shown meeting's. */
const KEYWORD_NEEDS: Record<string, KeywordNeeds> = {
  ...KNOWN_KEYWORD_NEEDS,
  ...Object.fromEntries(
    CANADA_KEYWORDS.map((name) => [
      name,
      {
        match: false,
        say: true,
        what: `what \`${name.slice(0, -CANADA_SUFFIX.length)}\` says, for a texter known to be in Canada (\`say\`)`,
      },
    ]),
  ),
  ...Object.fromEntries(
    SHOWN_MEETING_KEYWORDS.map((name) => [
      name,
      { match: false, say: true, what: 'the answer about the meeting whose details were just shown (`say`)' },
    ]),
  ),
};

/** Each keyword has what the line needs to act on it, and no word the carrier takes first. */
export function checkKeywords(ctx: FlowContext): void {
  for (const [name, kw] of Object.entries(ctx.flow.keywords)) {
    const base = ['keywords', name];
    const known = (KNOWN_KEYWORDS as readonly string[]).includes(name);
    // A keyword of staff's own ("first_meeting": its words, a `say`) works as any flow keyword does;
    // one named like a known keyword ("opt_outs") is most likely that one misspelt, and would not act as it.
    const lookalike = known ? '' : suggest(name, [...KNOWN_KEYWORDS]);
    if (lookalike) {
      ctx.report(
        base,
        'warning',
        'unknown-keyword',
        `The line gives no meaning to a keyword named \`${name}\`${lookalike}; as it is, it only answers its words with its \`say\` or \`goto\`. Known names: ${KNOWN_KEYWORDS.join(', ')}.`,
        'key',
      );
    }
    // "helpline_number_gambling": the text of `helpline_number` in a conversation about gambling, with its words.
    const standsFor = concernKeywordBase(name, ctx.flow.keywords);
    const needs =
      KEYWORD_NEEDS[name] ??
      (standsFor
        ? { match: false, say: true, what: `a \`say\` (it is \`${standsFor}\`'s text for one trouble)` }
        : { match: true, say: false, what: 'its words (`words` or `contains`) and a `say` or `goto`' });
    const hasMatch = kw.words !== undefined || kw.contains !== undefined;
    const missingMatch = needs.match && !hasMatch;
    const missingSay = needs.say ? kw.say === undefined : !known && kw.say === undefined && kw.goto === undefined;
    if (missingMatch || missingSay) {
      ctx.report(
        base,
        'error',
        'keyword-incomplete',
        `Keyword \`${name}\` needs ${needs.what}; it lacks ${[missingMatch && 'its words', missingSay && (known ? '`say`' : '`say` or `goto`')].filter(Boolean).join(' and ')}. Add the missing part.`,
        'key',
      );
    }
    for (const key of ['words', 'contains'] as const) {
      const words = kw[key];
      if (!words) continue;
      checkWordsLanguages(ctx, [...base, key], words);
      const marked = new Set<string>();
      for (const lang of ctx.languages) {
        for (const { word, path } of wordsFor(words, lang, [...base, key])) {
          const w = squash(word);
          const allowed =
            (name === 'help' && CARRIER_HELP_WORDS.includes(w)) ||
            (name === 'opt_out' && CARRIER_OPT_OUT_WORDS.includes(w));
          // A keyword's words are plain phrases, as a route's are: "=como llego" and "a|b" are read as written, so
          // the one matches anywhere and the other never (the forty-second probe). The marks work only in the
          // understanding's lists.
          if (KEYWORD_PATTERN_MARKS.test(word) && !marked.has(path.join('.'))) {
            // A plain list serves every language: its phrase is reported once.
            marked.add(path.join('.'));
            ctx.report(
              path,
              'warning',
              'keyword-words-pattern',
              `"${word}" uses the marks of the understanding's phrases ("=whole", "a|b", "word?", "..."), which a keyword's \`${key}\` do not read: as written it matches something else or nothing. Write each phrase out ("como llego a la junta", "como llego a la reunion").`,
            );
          }
          if (CARRIER_WORDS.has(w) && !allowed && key === 'words') {
            ctx.report(
              path,
              'error',
              'carrier-keyword',
              `"${word}" is a carrier keyword (the phone company and Twilio act on it), so keyword \`${name}\` cannot use it: the texter would get the carrier's answer, not this one. Use another word.`,
            );
          }
        }
      }
    }
  }
}
