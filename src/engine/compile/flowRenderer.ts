import type { FlowFile, FlowText } from '../../flow/flowSchema';
import { pickText, renderText, type FlowVars } from '../../flow/flowText';
import { toGsm7 } from '../../sms/gsm7';

/** A flow text in a language with placeholders filled, made plain GSM-7 where a plain letter reads the same. */
export type FlowRenderer = (text: FlowText, lang: string, vars?: FlowVars) => string;

/**
 * How a flow's texts are written out: in the language asked (else the flow's first), with who runs
 * the line (`{{program}}`, `{{support}}`, `{{own_line}}`) and the conversation's variables filled.
 */
export function flowRenderer(flow: FlowFile): FlowRenderer {
  const defaultLang = flow.languages[0];
  // Most texts have no placeholders and come out the same every time: render each of those once.
  const fixedTexts = new Map<string, string>();
  /** Who runs the line, for any text: `{{program}}`, `{{support}}`, and `{{own_line}}` with a space after it. */
  const lineVarsByLang = new Map<string, FlowVars>();
  const lineVars = (lang: string): FlowVars => {
    let line = lineVarsByLang.get(lang);
    if (line) return line;
    const own = flow.line?.own_line === undefined ? '' : pickText(flow.line.own_line, lang, defaultLang).trim();
    line = { program: flow.line?.program ?? '', support: flow.line?.support ?? '', own_line: own ? `${own} ` : '' };
    lineVarsByLang.set(lang, line);
    return line;
  };
  return (text, lang, vars = {}) => {
    const template = pickText(text, lang, defaultLang);
    if (template.includes('{{')) return toGsm7(renderText(template, lang, defaultLang, vars, lineVars(lang)));
    let rendered = fixedTexts.get(template);
    if (rendered === undefined)
      fixedTexts.set(template, (rendered = toGsm7(renderText(template, lang, defaultLang, vars))));
    return rendered;
  };
}
