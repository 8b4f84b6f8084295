import { GSM7_PER_PART, MAX_REPLY_PARTS } from '../../sms/smsLimits';
import type { FlowPath } from '../flowParser';
import { smsCost } from '../smsCost';
import type { FlowContext } from './flowContext';
import { textFor } from './flowTexts';
import { possibleReplies, renderReply, type Part } from './replySimulation';

/** SMS parts from which a message is worth a warning, and above which it is an error. */
export const SEGMENTS_WARN_AT = 2;
/** SMS parts above which a reply is an error (src/sms/smsLimits.ts). */
export const SEGMENTS_MAX = MAX_REPLY_PARTS;

/** Every reply the flow can send, at its longest, fits in the SMS parts allowed (one finding per text and language). */
export function checkMessageLengths(ctx: FlowContext, vars: Map<string, number>): void {
  // One finding per text and language, for its longest reply: many routes lead into the same node.
  const worst = new Map<string, { path: FlowPath; lang: string; segments: number; units: number; parts: Part[] }>();
  const langVars = new Map(ctx.languages.map((lang) => [lang, varsIn(ctx, vars, lang)]));
  for (const parts of possibleReplies(ctx.flow, ctx.options.replies)) {
    for (const lang of ctx.languages) {
      const sent = renderReply(parts, lang, langVars.get(lang)!, ctx.options.replies);
      if (sent === undefined) continue;
      const cost = smsCost(sent);
      if (cost.segments < SEGMENTS_WARN_AT) continue;
      // Report where the biggest part is written: that is the text to shorten.
      const size = (p: Part) => (textFor(p.text, lang) ?? '').length;
      const biggest = parts.reduce((a, b) => (size(b) > size(a) ? b : a));
      const path = typeof biggest.text === 'string' ? biggest.path : [...biggest.path, lang];
      const key = path.join('/');
      const seen = worst.get(key);
      if (!seen || seen.segments < cost.segments)
        worst.set(key, { path, lang, segments: cost.segments, units: cost.units, parts });
    }
  }
  for (const w of worst.values()) {
    const severity = w.segments > SEGMENTS_MAX ? 'error' : 'warning';
    const together =
      w.parts.length > 1 ? ` It goes out as one SMS made of ${w.parts.map((p) => p.label).join(' + ')}.` : '';
    const fix =
      severity === 'error'
        ? `Shorten it to ${SEGMENTS_MAX} parts (${SEGMENTS_MAX * GSM7_PER_PART} characters) or fewer.`
        : 'Consider shortening it: every part costs money and may arrive out of order on old phones.';
    ctx.report(
      w.path,
      severity,
      'message-length',
      `This reply in \`${w.lang}\` is ${w.units} characters = ${w.segments} SMS parts (GSM-7, ${GSM7_PER_PART} characters per part) when its placeholders hold their longest values.${together} ${fix}`,
    );
  }
}

/**
 * The longest values in one language: `helpline`, drawn from `labels.helpline`, is no longer there than that
 * language's lines (a Spanish reply fitted to its own shorter SAMHSA line keeps its room).
 */
function varsIn(ctx: FlowContext, vars: Map<string, number>, lang: string): Map<string, number> {
  const line = ctx.flow.labels?.[lang]?.helpline;
  const most = vars.get('helpline');
  if (!line || most === undefined) return vars;
  return new Map(vars).set('helpline', Math.min(most, Math.max(line.us.length, line.ca.length)));
}
