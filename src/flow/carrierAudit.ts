import { fillPlaceholders, pickText } from './flowText';
import type { FlowFile } from './flowSchema';

/**
 * What carriers look for when they audit a short code (CTIA Short Code Monitoring Handbook): the
 * HELP reply names the program and a support contact, says "Msg & data rates may apply", and how
 * to opt out; the line's own STOP confirmation names the program. Findings are warnings: a flow
 * that misses one still runs, but may fail the audit.
 */

/** Where a finding is, and what to say about it. */
export type AuditReport = (path: Array<string | number>, rule: string, message: string) => void;

/** The rates notice a carrier expects, per language; other languages are held to the English one. */
const RATES_NOTICE: Record<string, { pattern: RegExp; words: string }> = {
  en: { pattern: /msg\s*(&|and)\s*data rates may apply/i, words: 'Msg & data rates may apply' },
  es: {
    pattern: /tarifas de mensajes y datos|msg\s*(&|and)\s*data rates may apply/i,
    words: 'Pueden aplicar tarifas de mensajes y datos',
  },
};

/** Checks the HELP and STOP texts against the audit, and that the support contact is not the shipped example. */
export function checkCarrierAudit(flow: FlowFile, report: AuditReport): void {
  const line = flow.line;
  // A flow without `line:` is not a line's own (tests, drafts): there is no program to audit against.
  if (!line) return;
  if (/example/i.test(line.support)) {
    report(
      ['line', 'support'],
      'support-contact-example',
      `\`support: ${line.support}\` is the shipped example. Write your own toll-free number or website ` +
        'before going live: HELP sends it to texters.',
    );
  }
  const vars = { program: line.program, support: line.support, own_line: '' };
  const help = flow.keywords.help?.say;
  for (const lang of flow.languages) {
    if (help === undefined) break;
    const text = fillPlaceholders(pickText(help, lang, flow.languages[0]), vars);
    const missing: string[] = [];
    if (!includesWords(text, line.program)) missing.push(`the program's name (${line.program}, or {{program}})`);
    if (!includesWords(text, line.support)) missing.push(`the support contact (${line.support}, or {{support}})`);
    const rates = RATES_NOTICE[lang] ?? RATES_NOTICE.en;
    if (!rates.pattern.test(text)) missing.push(`"${rates.words}"`);
    if (!/\bSTOP\b/.test(text)) missing.push('how to opt out ("Reply STOP to opt out")');
    if (missing.length) {
      report(
        ['keywords', 'help', 'say', ...(typeof help === 'string' ? [] : [lang])],
        'help-audit',
        `The \`${lang}\` HELP reply lacks ${missing.join(', ')}. Add it: carriers check HELP on short codes.`,
      );
    }
  }
  const stopped = flow.keywords.stopped?.say;
  for (const lang of flow.languages) {
    if (stopped === undefined) break;
    const text = fillPlaceholders(pickText(stopped, lang, flow.languages[0]), vars);
    if (!includesWords(text, line.program)) {
      report(
        ['keywords', 'stopped', 'say', ...(typeof stopped === 'string' ? [] : [lang])],
        'help-audit',
        `The \`${lang}\` STOP confirmation does not name the program (${line.program}, or {{program}}). ` +
          'Add it: carriers expect it, and that no more messages will be sent.',
      );
    }
  }
}

function includesWords(text: string, words: string): boolean {
  return text.toLowerCase().includes(words.toLowerCase());
}
