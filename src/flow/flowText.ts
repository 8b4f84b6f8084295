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

/** A flow text in one language with its placeholders filled (see fillPlaceholders), trimmed of blank edges. */
export function renderText(
  text: FlowText,
  lang: string,
  defaultLang: string,
  vars: FlowVars,
  fallback?: FlowVars,
): string {
  return fillPlaceholders(pickText(text, lang, defaultLang), vars, fallback)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
