import type { FlowContext } from './flowContext';
import { allTexts, placeholders, textFor } from './flowTexts';
import { knownVariables } from './variables';

/**
 * A flow that says `{{helpline}}` needs `labels.helpline` (`us` and `ca`) in every language, or the line under
 * meetings when none fits is left blank; each line fits the room the replies keep for it (the longest value the
 * runtime says `{{helpline}}` takes: the checker never imports the engine).
 */
export function checkHelplineLabel(ctx: FlowContext): void {
  const { flow } = ctx;
  const says = allTexts(flow).some(({ text }) =>
    ctx.languages.some((lang) => placeholders(textFor(text, lang) ?? '').includes('helpline')),
  );
  if (!says || !flow.labels) return;
  const room = knownVariables(ctx).get('helpline');
  for (const lang of ctx.languages) {
    const labels = flow.labels[lang];
    if (!labels) continue;
    if (!labels.helpline) {
      ctx.report(
        ['labels', lang],
        'error',
        'missing-label',
        `The flow says {{helpline}}, but \`labels\` for \`${lang}\` has no \`helpline\`. Add \`helpline: { us: "...", ca: "..." }\`: the help line under meetings when none fits, \`ca\` for a place in Canada (copy it from flows/recovery.yaml).`,
        'key',
      );
      continue;
    }
    for (const where of ['us', 'ca'] as const) {
      const line = labels.helpline[where];
      if (room !== undefined && line.length > room) {
        ctx.report(
          ['labels', lang, 'helpline', where],
          'warning',
          'helpline-label-long',
          `This help line is ${line.length} characters; the replies keep ${room} for {{helpline}}, so it is cut to "${line.slice(0, room)}". Shorten it.`,
        );
      }
    }
  }
}
