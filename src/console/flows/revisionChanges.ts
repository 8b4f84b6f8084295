import { parse } from 'yaml';
import { isFlowPath, isTestPath } from '../../flowStore/flowFolderFiles';
import type { FlowFiles } from '../../flowStore/flowRevisionStore';
import { listFlowTexts } from './flowTexts';

/** One text that differs between two revisions: each language whose wording changed, before and after. */
export interface TextDifference {
  id: string;
  file: string;
  path: Array<string | number>;
  /** Language code -> the wording before and after (absent: the text had no wording in that language then). */
  languages: Record<string, { before?: string; after?: string }>;
}

/** One word list (a map of languages to lists of words, such as a keyword's `words`) that differs. */
export interface WordListDifference {
  id: string;
  file: string;
  path: Array<string | number>;
  /** Language code -> the words added and the words taken out. */
  languages: Record<string, { added: string[]; removed: string[] }>;
}

/** What changed from one revision to the next, in the parts staff edit, and what else changed besides. */
export interface RevisionChanges {
  texts: TextDifference[];
  wordLists: WordListDifference[];
  /** Flow files whose steps, routes or settings changed too (beyond texts, word lists and comments). */
  otherFlowChanges: string[];
  /** Saved test conversations added, removed or changed. */
  testFiles: string[];
}

/**
 * What differs between `before` (the revision before; undefined for the first) and `after`: text by text and
 * language by language, word lists by the words added and removed, then the files changed in other ways.
 */
export function revisionChanges(before: FlowFiles | undefined, after: FlowFiles): RevisionChanges {
  const old = before ?? {};
  return {
    texts: textDifferences(old, after),
    wordLists: wordListDifferences(old, after),
    otherFlowChanges: changedPaths(old, after)
      .filter(isFlowPath)
      .filter((p) => skeleton(old[p]) !== skeleton(after[p])),
    testFiles: changedPaths(old, after).filter(isTestPath),
  };
}

function changedPaths(before: FlowFiles, after: FlowFiles): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((p) => before[p] !== after[p]).sort();
}

function textDifferences(before: FlowFiles, after: FlowFiles): TextDifference[] {
  const old = new Map(listFlowTexts(before).map((t) => [t.id, t]));
  const now = new Map(listFlowTexts(after).map((t) => [t.id, t]));
  const out: TextDifference[] = [];
  for (const id of new Set([...now.keys(), ...old.keys()])) {
    const [was, is] = [old.get(id), now.get(id)];
    const languages: TextDifference['languages'] = {};
    for (const lang of new Set([...Object.keys(is?.versions ?? {}), ...Object.keys(was?.versions ?? {})])) {
      const [b, a] = [was?.versions[lang]?.text, is?.versions[lang]?.text];
      if (b !== a)
        languages[lang] = { ...(b === undefined ? {} : { before: b }), ...(a === undefined ? {} : { after: a }) };
    }
    const entry = (is ?? was)!;
    if (Object.keys(languages).length) out.push({ id, file: entry.file, path: entry.path, languages });
  }
  return out;
}

/** The languages a flow file names (`languages: [en, es]`), English and Spanish when it names none. */
function languagesOf(doc: unknown): string[] {
  const named = (doc as { languages?: unknown } | null)?.languages;
  return Array.isArray(named) ? named.map(String) : ['en', 'es'];
}

/** A map of languages only, whose values are lists of words: a word list. */
function isWordList(node: unknown, langs: string[]): node is Record<string, unknown[]> {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return false;
  const entries = Object.entries(node);
  return entries.length > 0 && entries.every(([k, v]) => langs.includes(k) && Array.isArray(v));
}

/** Every word list of the flow files, by id (`recovery.yaml#keywords.help.words`). */
function wordLists(
  files: FlowFiles,
): Map<string, { file: string; path: Array<string | number>; words: Record<string, string[]> }> {
  const out = new Map<string, { file: string; path: Array<string | number>; words: Record<string, string[]> }>();
  for (const file of Object.keys(files).filter(isFlowPath)) {
    const doc = parseOrUndefined(files[file]);
    const langs = languagesOf(doc);
    const walk = (node: unknown, path: Array<string | number>) => {
      if (isWordList(node, langs)) {
        const words = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, v.map(String)]));
        out.set(`${file}#${path.join('.')}`, { file, path, words });
      } else if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    };
    walk(doc, []);
  }
  return out;
}

function wordListDifferences(before: FlowFiles, after: FlowFiles): WordListDifference[] {
  const [old, now] = [wordLists(before), wordLists(after)];
  const out: WordListDifference[] = [];
  for (const id of new Set([...now.keys(), ...old.keys()])) {
    const [was, is] = [old.get(id), now.get(id)];
    const languages: WordListDifference['languages'] = {};
    for (const lang of new Set([...Object.keys(is?.words ?? {}), ...Object.keys(was?.words ?? {})])) {
      const [b, a] = [was?.words[lang] ?? [], is?.words[lang] ?? []];
      const added = a.filter((w) => !b.includes(w));
      const removed = b.filter((w) => !a.includes(w));
      if (added.length || removed.length) languages[lang] = { added, removed };
    }
    const entry = (is ?? was)!;
    if (Object.keys(languages).length) out.push({ id, file: entry.file, path: entry.path, languages });
  }
  return out;
}

/**
 * A flow file with its texts and word lists blanked, as JSON: two files with the same skeleton differ only in
 * those (or in comments and layout), which the lists above already say. Unreadable YAML is its own text.
 */
function skeleton(source: string | undefined): string {
  if (source === undefined) return '';
  const doc = parseOrUndefined(source);
  if (doc === undefined) return source;
  const langs = languagesOf(doc);
  const blank = (node: unknown): unknown => {
    if (isWordList(node, langs)) return '(words)';
    if (Array.isArray(node)) return node.map(blank);
    if (node && typeof node === 'object') {
      const entries = Object.entries(node);
      if (entries.length && entries.every(([k, v]) => langs.includes(k) && typeof v === 'string')) return '(text)';
      return Object.fromEntries(entries.map(([k, v]) => [k, blank(v)]));
    }
    return node;
  };
  return JSON.stringify(blank(doc));
}

function parseOrUndefined(source: string): unknown {
  try {
    return parse(source) as unknown;
  } catch {
    return undefined;
  }
}
