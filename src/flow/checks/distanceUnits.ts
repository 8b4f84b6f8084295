import type { FlowContext } from './flowContext';
import { allTexts, placeholders, textFor } from './flowTexts';
import { knownVariables } from './variables';

/** The placeholders that hold a distance, said in `{{unit}}`: miles, or kilometres for a place in Canada. */
const DISTANCES = ['radius', 'looked', 'away'];

/**
 * Distances are said in the texter's unit: a text that writes the miles word after a distance ("{{radius}} mi")
 * tells a Canadian texter miles beside kilometre meeting lines; a flow that says `{{unit}}` needs both of its words
 * (`labels.miles` and `labels.km`) in every language, each short enough for the room the results keep for it.
 */
export function checkDistanceUnits(ctx: FlowContext): void {
  const { flow } = ctx;
  let saysUnit = false;
  for (const { path, text } of allTexts(flow)) {
    for (const lang of ctx.languages) {
      const t = textFor(text, lang);
      if (t === undefined) continue;
      if (placeholders(t).includes('unit')) saysUnit = true;
      const miles = flow.labels?.[lang]?.miles;
      const written = miles ? DISTANCES.find((d) => t.includes(`{{${d}}} ${miles}`)) : undefined;
      if (written) {
        ctx.report(
          typeof text === 'string' ? path : [...path, lang],
          'warning',
          'distance-unit-written',
          `This text writes "{{${written}}} ${miles}": a texter whose place is in Canada is told kilometres everywhere else. Write "{{${written}}} {{unit}}", which says \`labels.miles\` or \`labels.km\` as the place is.`,
          typeof text === 'string' ? undefined : 'key',
        );
      }
    }
  }
  if (!saysUnit || !flow.labels) return;
  // The room the runtime keeps for {{unit}} (the checker never imports the engine).
  const room = knownVariables(ctx).get('unit');
  for (const lang of ctx.languages) {
    const labels = flow.labels[lang];
    if (!labels) continue;
    if (labels.km === undefined) {
      ctx.report(
        ['labels', lang],
        'error',
        'missing-label',
        `The flow says {{unit}}, but \`labels\` for \`${lang}\` has no \`km\`: the word after a distance said to a texter whose place is in Canada. Add \`km: km\` beside \`miles\`.`,
        'key',
      );
    }
    for (const key of ['miles', 'km'] as const) {
      const word = labels[key];
      if (word !== undefined && room !== undefined && word.length > room) {
        ctx.report(
          ['labels', lang, key],
          'warning',
          'unit-label-long',
          `"${word}" is longer than ${room} letters: the results keep ${room} for {{unit}}, so it is cut to "${word.slice(0, room)}" there. Use a short form ("mi", "km").`,
        );
      }
    }
  }
}
