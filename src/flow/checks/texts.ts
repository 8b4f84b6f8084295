import { toGsm7 } from '../../sms/gsm7';
import { GSM7_PER_PART, UCS2_PER_PART } from '../../sms/smsLimits';
import { describePath } from '../flowParser';
import { smsCost } from '../smsCost';
import type { FlowContext } from './flowContext';
import { allTexts, fillLongest, placeholders, textFor } from './flowTexts';
import { checkMessageLengths } from './messageLength';
import { knownVariables } from './variables';

/** Every text is translated with the same placeholders, fits in its SMS parts and is plain GSM-7. */
export function checkTexts(ctx: FlowContext): void {
  const vars = knownVariables(ctx);
  for (const { path, text } of allTexts(ctx.flow)) {
    if (typeof text !== 'string') {
      const missing = ctx.languages.filter((l) => text[l] === undefined);
      if (missing.length) {
        ctx.report(
          path,
          'error',
          'missing-translation',
          `${describePath(path)} has no ${missing.map((l) => `\`${l}\``).join(', ')} text, but the flow speaks ${ctx.languages.join(', ')}. Add \`${missing[0]}: ...\` under it.`,
        );
      }
      for (const lang of Object.keys(text).filter((l) => !ctx.languages.includes(l))) {
        ctx.report(
          [...path, lang],
          'warning',
          'unknown-language',
          `\`${lang}\` is not one of the flow's languages (${ctx.languages.join(', ')}), so this text is never sent. Add \`${lang}\` to \`languages\` or remove the text.`,
          'key',
        );
      }
      const langs = ctx.languages.filter((l) => text[l] !== undefined);
      const first = langs[0];
      for (const lang of langs.slice(1)) {
        const a = placeholders(text[first]).sort().join(', ');
        const b = placeholders(text[lang]).sort().join(', ');
        if (a !== b) {
          const list = (names: string) =>
            names
              ? names
                  .split(', ')
                  .map((n) => `{{${n}}}`)
                  .join(', ')
              : 'no placeholders';
          ctx.report(
            [...path, lang],
            'error',
            'placeholder-mismatch',
            `The \`${lang}\` text uses ${list(b)} but the \`${first}\` text uses ${list(a)}. Make the {{...}} names the same in every language: only the words around them change.`,
            'key',
          );
        }
      }
    }
  }
  checkMessageLengths(ctx, vars);
  checkGsm7(ctx, vars);
}

/**
 * The line sends plain GSM-7 (an accent GSM-7 lacks is dropped from its letter, an emoji is left
 * out), because one such character would turn a whole SMS into UCS-2: 67 characters per part
 * instead of 153. Staff see what changes and what keeping it would cost, once per text and language.
 */
export function checkGsm7(ctx: FlowContext, vars: Map<string, number>): void {
  for (const { path, text } of allTexts(ctx.flow)) {
    const langs = typeof text === 'string' ? [ctx.languages[0]] : ctx.languages;
    for (const lang of langs) {
      const raw = textFor(text, lang);
      if (raw === undefined) continue;
      const cost = smsCost(raw);
      if (cost.encoding !== 'UCS-2' || !cost.firstNonGsm) continue;
      const ch = cost.firstNonGsm;
      const plain = toGsm7(ch);
      const filled = fillLongest(raw, vars);
      const ucs = smsCost(filled).segments;
      const gsm = smsCost(toGsm7(filled)).segments;
      ctx.report(
        typeof text === 'string' ? path : [...path, lang],
        'warning',
        'not-gsm7',
        `"${ch}" is not in the GSM-7 SMS alphabet, so the line sends ${plain ? `"${plain}" instead` : 'the text without it'}: kept, it would make the SMS UCS-2, ${UCS2_PER_PART} characters per part instead of ${GSM7_PER_PART} (${ucs} part${ucs === 1 ? '' : 's'} instead of ${gsm}). Write ${plain ? `"${plain}"` : 'the text without it'} so the file shows what is sent.`,
      );
    }
  }
}
