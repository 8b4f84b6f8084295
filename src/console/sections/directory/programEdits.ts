import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { CatalogueError } from '../../../directory/errors';
import { parseProgramCatalogue } from '../../../directory/programCatalogue';

/** What staff edit of one program on the Programs page: the words texters read and where they are sent. */
export interface ProgramForm {
  id: string;
  /** The name texters read in English, and in Spanish when the fellowship has its own ("Jugadores Anonimos"). */
  nameEn: string;
  nameEs: string;
  descriptionEn: string;
  descriptionEs: string;
  /** Said when the program comes first (MARA for someone on medication); empty when it has none. */
  noteEn: string;
  noteEs: string;
  finderUrl: string;
  onlineUrl: string;
  phone: string;
}

/** The form's fields other than `id`, as the page and the API name them. */
export const PROGRAM_FORM_FIELDS = [
  'nameEn',
  'nameEs',
  'descriptionEn',
  'descriptionEs',
  'noteEn',
  'noteEs',
  'finderUrl',
  'onlineUrl',
  'phone',
] as const;

/** A change staff asked for that cannot be saved: the message says what to fix, in their words. */
export class ProgramEditError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'ProgramEditError';
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Each program of a programs.yaml text as the page's form shows it, in the file's order. */
export function programForms(yamlText: string): ProgramForm[] {
  const data = parseDocument(yamlText).toJS() as { programs?: Array<Record<string, unknown>> } | null;
  return (data?.programs ?? []).map((p) => {
    const name = p.name;
    const byLang = (v: unknown, lang: string) =>
      v && typeof v === 'object' ? text((v as Record<string, unknown>)[lang]) : lang === 'en' ? text(v) : '';
    return {
      id: text(p.id),
      nameEn: byLang(name, 'en'),
      nameEs: byLang(name, 'es'),
      descriptionEn: byLang(p.description, 'en'),
      descriptionEs: byLang(p.description, 'es'),
      noteEn: byLang(p.note, 'en'),
      noteEs: byLang(p.note, 'es'),
      finderUrl: text(p.finder_url),
      onlineUrl: text(p.online_url),
      phone: text(p.phone),
    };
  });
}

/**
 * The programs.yaml text with one program's words and addresses changed as the form says, everything else (the
 * rules, type codes, the file's comments) as it was; then checked as the server checks the file, so a change that
 * would break the catalogue is refused with the checker's words (ProgramEditError) and never saved.
 */
export function applyProgramForm(yamlText: string, id: string, form: Partial<Record<string, unknown>>): string {
  const doc = parseDocument(yamlText);
  const programs = doc.get('programs');
  if (!isSeq(programs)) throw new ProgramEditError(['the program list has no programs: edit the whole file']);
  const index = programs.items.findIndex((item) => isMap(item) && item.get('id') === id);
  if (index < 0) throw new ProgramEditError([`there is no program "${id}" (reload the page)`]);
  const value = (field: (typeof PROGRAM_FORM_FIELDS)[number]) => text(form[field]).trim();
  const problems = formProblems(value);
  if (problems.length) throw new ProgramEditError(problems);
  const at = (key: string) => ['programs', index, key];
  // One name for every language unless Spanish has its own, as the file's guide asks.
  const nameEs = value('nameEs');
  doc.setIn(at('name'), nameEs && nameEs !== value('nameEn') ? { en: value('nameEn'), es: nameEs } : value('nameEn'));
  setByLanguage(doc, at('description'), value('descriptionEn'), value('descriptionEs'));
  setByLanguage(doc, at('note'), value('noteEn'), value('noteEs'));
  setOrDelete(doc, at('finder_url'), value('finderUrl'));
  setOrDelete(doc, at('online_url'), value('onlineUrl'));
  setOrDelete(doc, at('phone'), value('phone'));
  const changed = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  checkProgramsText(changed);
  return changed;
}

/**
 * Checks a whole programs.yaml text as the server does when it loads one; throws ProgramEditError with the
 * checker's problems (each naming its line) when it cannot be used.
 */
export function checkProgramsText(yamlText: string): void {
  try {
    parseProgramCatalogue(yamlText, 'programs.yaml');
  } catch (err) {
    if (err instanceof CatalogueError) throw new ProgramEditError(err.problems);
    throw err;
  }
}

/** What the form must hold before the file is touched: the checker's messages name YAML keys staff never saw. */
function formProblems(value: (field: (typeof PROGRAM_FORM_FIELDS)[number]) => string): string[] {
  const problems: string[] = [];
  if (!value('nameEn')) problems.push('give the name texters know, e.g. AA');
  if (!value('descriptionEn')) problems.push('give the English description texters read');
  if (value('noteEs') && !value('noteEn')) problems.push('a Spanish note needs the English one too');
  for (const [field, label] of [
    ['finderUrl', 'The meeting finder'],
    ['onlineUrl', 'The online meetings address'],
  ] as const) {
    const url = value(field);
    if (url && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url))
      problems.push(`${label} must be a web address (https://...)`);
  }
  const phone = value('phone');
  if (phone && !/^[+\d][\d\s().-]{6,}$/.test(phone)) problems.push('the phone must be a number, e.g. 1-800-662-4357');
  return problems;
}

/** `{ en, es }` at `path` (Spanish left out when empty), or the key removed when English is empty. */
function setByLanguage(doc: Document, path: Array<string | number>, en: string, es: string): void {
  if (!en) {
    if (doc.hasIn(path)) doc.deleteIn(path);
    return;
  }
  doc.setIn(path, es ? { en, es } : { en });
}

function setOrDelete(doc: Document, path: Array<string | number>, value: string): void {
  if (value) doc.setIn(path, value);
  else if (doc.hasIn(path)) doc.deleteIn(path);
}
