import { stateName } from '../directory/placeIndex';
import { plainLower } from '../text/textWords';
import type { CompiledFlow } from './flowCompiler';
import { codeSaidAsWord, stateAnswered } from './pendingTownState';

/**
 * Asking to search somewhere else without naming where: "change location", "different town", "wrong
 * city", "otra ciudad". The place question comes again, with every other answer kept.
 */
const ANOTHER_PLACE = new RegExp(
  [
    String.raw`\b(?:change|changing|switch|different|another|other|new|wrong)\s+(?:my\s+|the\s+)?(?:location|town|city|place|zip|zip code|area|state)\b`,
    String.raw`\b(?:otra|otro)\s+(?:ciudad|lugar|pueblo|zona|codigo)\b`,
    String.raw`\bcambiar\s+(?:de\s+|la\s+|el\s+)?(?:ciudad|lugar|ubicacion|zona)\b`,
  ].join('|'),
  'i',
);

/** Whether a text asks to search another place without naming it (see ANOTHER_PLACE). */
export function asksAnotherPlace(text: string): boolean {
  return text.length <= 80 && ANOTHER_PLACE.test(plainLower(text));
}

/** Per compiled flow, its place question (a flow version's nodes never change): asked on every text. */
const placeQuestions = new WeakMap<CompiledFlow, { id: string | undefined }>();

/** The question that asks for the place: the node with a place route and a route for a town of several states. */
export function placeQuestion(flow: CompiledFlow): string | undefined {
  let known = placeQuestions.get(flow);
  if (!known) {
    const found = Object.entries(flow.flow.nodes).find(([, node]) => {
      const routes = node.routes ?? [];
      return routes.some((r) => r.location === true) && routes.some((r) => r.location === 'ambiguous');
    });
    placeQuestions.set(flow, (known = { id: found?.[0] }));
  }
  return known.id;
}

/** State codes that are everyday words: alone in small letters ("ok", "hi") they answer nothing about a state. */
const WORD_CODES: ReadonlySet<string> = new Set('ok hi oh me or in id de la al pa mo'.split(' '));

/**
 * The state a text at the place question names alone ("texas", "in texas", "MA"), with its name, or
 * undefined: too wide to search, so the town is asked next.
 */
export function stateAlone(text: string): { code: string; name: string } | undefined {
  const code = stateAnswered(text);
  if (!code || codeSaidAsWord(text, code.toLowerCase(), WORD_CODES)) return undefined;
  const name = stateName(code);
  return name ? { code, name } : undefined;
}
