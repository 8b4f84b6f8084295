/// <reference lib="dom" />
import { toGsm7 } from '../../sms/gsm7';
import { smsCost } from '../../flow/smsCost';

const partsOf = (n: number): string => `${n} SMS part${n === 1 ? '' : 's'}`;

/**
 * The line under a text box: characters, SMS parts and encoding of what texters are sent, and the character the line
 * changes or leaves out. The line sends every text as plain GSM-7 (src/sms/gsm7.ts: a curly quote goes straight, "á"
 * loses its accent, an emoji is dropped), so the count is of that, as the flow checker's `not-gsm7` warning says: the
 * same arithmetic (src/flow/smsCost.ts, bundled into the page), so the page and the checker agree.
 */
export function describeCost(text: string): { summary: string; warning?: string; parts: number } {
  const asWritten = smsCost(text);
  const sent = asWritten.encoding === 'GSM-7' ? asWritten : smsCost(toGsm7(text));
  const summary = `${sent.units} characters · ${partsOf(sent.segments)} · ${sent.encoding}`;
  const ch = asWritten.firstNonGsm;
  if (asWritten.encoding === 'GSM-7' || !ch) return { summary, parts: sent.segments };
  const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const plain = toGsm7(ch);
  const sentAs = plain ? `texters get “${plain}” instead` : 'texters do not see it';
  // What keeping it would cost, had the line sent it: the reason it is changed, in the staff member's terms.
  const kept =
    asWritten.segments > sent.segments
      ? ` (sent as written, this text would take ${partsOf(asWritten.segments)}, not ${sent.segments})`
      : '';
  return {
    summary,
    parts: sent.segments,
    warning: `“${ch}” (${code}) is not in the SMS alphabet, so ${sentAs}${kept}. Write ${plain ? `“${plain}”` : 'the text without it'} so this box shows what is sent.`,
  };
}
