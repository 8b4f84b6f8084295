import { containsPhrase, normalizeText } from '../../text/answerMatch';
import type { FlowPath } from '../flowParser';
import type { FlowNode, FlowRoute } from '../flowSchema';
import type { FlowContext } from './flowContext';
import { wordsFor } from './flowWords';

/** What the routes tried so far take, in one language, and what has been reported already. */
interface Taken {
  words: Array<{ word: string; route: number }>;
  numbers: Map<number, number>;
  /** Shared by every language, so an answer shadowed in both is reported once. */
  reported: Set<string>;
}

/** Where shadowing is looked for: the question's node and one of its routes. */
interface RouteAt {
  name: string;
  route: FlowRoute;
  index: number;
  path: FlowPath;
}

/** Reports answers an earlier route of the same question already takes. */
export function checkShadowing(ctx: FlowContext, name: string, node: FlowNode, base: FlowPath): void {
  const routes = node.routes ?? [];
  const reported = new Set<string>();
  const anyIndex = routes.findIndex((r) => r.any);
  if (anyIndex >= 0 && anyIndex < routes.length - 1) {
    ctx.report(
      [...base, 'routes', anyIndex + 1],
      'error',
      'shadowed-answer',
      `Route ${anyIndex + 1} of node \`${name}\` takes any answer (\`any: true\`), so routes after it can never be reached. Move the \`any: true\` route last.`,
    );
  }
  for (const lang of ctx.languages) {
    const taken: Taken = { words: [], numbers: new Map(), reported };
    routes.forEach((route, i) => {
      if (anyIndex >= 0 && i > anyIndex) return;
      const at: RouteAt = { name, route, index: i, path: [...base, 'routes', i] };
      checkShadowedNumbers(ctx, at, taken);
      const extra: Array<{ word: string; path: FlowPath }> = [];
      if (route.yes)
        extra.push(
          ...wordsFor(ctx.flow.yes_words, lang, ['yes_words']).map((w) => ({ ...w, path: [...at.path, 'yes'] })),
        );
      if (route.no)
        extra.push(...wordsFor(ctx.flow.no_words, lang, ['no_words']).map((w) => ({ ...w, path: [...at.path, 'no'] })));
      checkShadowedWords(ctx, at, [...wordsFor(route.words, lang, [...at.path, 'words']), ...extra], taken);
      for (const { word } of [...wordsFor(route.words, lang, []), ...extra]) {
        const norm = normalizeText(word);
        if (norm) taken.words.push({ word: norm, route: i });
      }
    });
  }
}

/** A number an earlier route already takes; the route's numbers are noted as taken. */
function checkShadowedNumbers(ctx: FlowContext, at: RouteAt, taken: Taken): void {
  const { route, index: i, path: rpath, name } = at;
  const numbers = route.number === undefined ? [] : Array.isArray(route.number) ? route.number : [route.number];
  numbers.forEach((n, j) => {
    const first = taken.numbers.get(n);
    if (first !== undefined && first !== i) {
      const key = `n${n}:${i}`;
      if (!taken.reported.has(key)) {
        taken.reported.add(key);
        ctx.report(
          Array.isArray(route.number) ? [...rpath, 'number', j] : [...rpath, 'number'],
          'error',
          'shadowed-answer',
          `The answer ${n} is already taken by route ${first + 1} of node \`${name}\`, so this route never gets it. Use another number.`,
        );
      }
    } else taken.numbers.set(n, i);
  });
}

/** A word (or yes/no word) of this route that an earlier route already takes, as a number or a phrase. */
function checkShadowedWords(
  ctx: FlowContext,
  at: RouteAt,
  words: Array<{ word: string; path: FlowPath }>,
  taken: Taken,
): void {
  const i = at.index;
  for (const { word, path } of words) {
    const norm = normalizeText(word);
    if (!norm) continue;
    const asNumber = /^\d+$/.test(norm) ? Number(norm) : undefined;
    const byNumber = asNumber !== undefined ? taken.numbers.get(asNumber) : undefined;
    // The engine tries routes in order and matches whole words with small typos: so does this.
    const byWord = taken.words.find((e) => e.route !== i && containsPhrase(norm, e.word));
    const first = byNumber !== undefined && byNumber !== i ? { route: byNumber, word: String(asNumber) } : byWord;
    if (!first) continue;
    const key = `w${norm}:${i}`;
    if (taken.reported.has(key)) continue;
    taken.reported.add(key);
    const how =
      first.word === norm
        ? `"${word}" is already an answer of`
        : `"${word}" contains "${first.word}", already an answer of`;
    ctx.report(
      path,
      'error',
      'shadowed-answer',
      `${how} route ${first.route + 1} of node \`${at.name}\`, which is tried first, so this route never gets it. Remove it here, or make the words of the two routes different.`,
    );
  }
}
