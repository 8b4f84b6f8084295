import type { FlowText } from './flowSchema';
import { PLACEHOLDER } from './placeholders';

/**
 * What a conversation has learned or been told so far; placeholders in flow texts read from it.
 * Lists hold ids read from the texter's words (`wants`, `programs`); texts never show them.
 */
export type FlowVars = Record<string, string | number | boolean | string[]>;

/**
 * A flow text in one language: the language's own text, else the flow's first language, else
 * any text there is (the checker demands every language, so the fallbacks are for safety only).
 */
export function pickText(text: FlowText, lang: string, defaultLang: string): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text[defaultLang] ?? Object.values(text)[0] ?? '';
}

/**
 * Replaces each `{{name}}` with the variable's value, else the one in `fallback` (the line's own
 * variables, without merging two objects per text); an unknown variable becomes empty.
 */
export function fillPlaceholders(template: string, vars: FlowVars, fallback?: FlowVars): string {
  return template.replace(PLACEHOLDER, (_all, name: string) => {
    const value = vars[name] ?? fallback?.[name];
    return value === undefined ? '' : String(value);
  });
}

/**
 * A placeholder alone on a line after the first: "...{{place}}.\n{{finders}}\nJoin online...". When
 * its value is empty the whole line goes, so an optional line leaves no blank line in an SMS.
 */
const LONE_PLACEHOLDER_LINE = /\n\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}[ \t]*(?=\n|$)/g;

/**
 * A flow text in one language with its placeholders filled (see fillPlaceholders), trimmed of blank
 * edges; a line that is only an empty placeholder is left out.
 */
export function renderText(
  text: FlowText,
  lang: string,
  defaultLang: string,
  vars: FlowVars,
  fallback?: FlowVars,
): string {
  let template = pickText(text, lang, defaultLang);
  // Most texts have no such line: a plain search first spares the pattern on every reply.
  if (template.includes('\n{{')) {
    template = template.replace(LONE_PLACEHOLDER_LINE, (line, name: string) =>
      (vars[name] ?? fallback?.[name] ?? '') === '' ? '' : line,
    );
  }
  return fillPlaceholders(template, vars, fallback)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
