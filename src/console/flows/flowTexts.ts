import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { smsCost, type SmsCost } from '../../flow/smsCost';
import { isFlowPath } from '../../flowStore/flowFolderFiles';
import type { FlowFiles } from '../../flowStore/flowRevisionStore';

/** One language's wording of a text, with what it costs as an SMS. */
export interface TextVersion {
  text: string;
  /** Characters as a person counts them. */
  characters: number;
  cost: SmsCost;
}

/** A text a texter can read, in every language of its flow. */
export interface FlowTextEntry {
  /** `recovery.yaml#nodes.welcome.say`: stable while the YAML keeps its shape. */
  id: string;
  file: string;
  /** Where it sits in the file's tree. */
  path: Array<string | number>;
  line: number;
  /** Language code -> wording (missing languages are absent). */
  versions: Record<string, TextVersion>;
}

/** A change of one text in a draft. */
export interface TextChange {
  file: string;
  path: Array<string | number>;
  lang: string;
  text: string;
}

/** A text change that cannot be applied; the message says why. */
export class TextChangeError extends Error {
  override readonly name = 'TextChangeError';
}

/** The cost of one wording. */
export function textVersion(text: string): TextVersion {
  return { text, characters: Array.from(text).length, cost: smsCost(text) };
}

/**
 * Every text of the flow files: each map whose keys are only the flow's languages and whose values are strings
 * (`say`, `ask`, fallbacks, summaries...). Word lists are lists, so they are not texts.
 */
export function listFlowTexts(files: FlowFiles): FlowTextEntry[] {
  const out: FlowTextEntry[] = [];
  for (const file of Object.keys(files).filter(isFlowPath).sort()) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(files[file], { lineCounter });
    if (doc.errors.length) continue;
    const languages = doc.get('languages');
    const langs = isSeq(languages) ? languages.items.filter(isScalar).map((s) => String(s.value)) : ['en', 'es'];
    const walk = (node: unknown, path: Array<string | number>) => {
      if (isMap(node)) {
        const pairs = node.items.filter((p) => isScalar(p.key));
        const keys = pairs.map((p) => String((p.key as { value: unknown }).value));
        const allText = pairs.length > 0 && pairs.every((p) => isScalar(p.value) && typeof p.value.value === 'string');
        if (allText && keys.every((k) => langs.includes(k))) {
          const versions: Record<string, TextVersion> = {};
          for (const p of pairs)
            versions[String((p.key as { value: unknown }).value)] = textVersion(
              String((p.value as { value: unknown }).value),
            );
          const line = lineCounter.linePos((node as YamlNode).range?.[0] ?? 0).line;
          out.push({ id: `${file}#${path.join('.')}`, file, path, line, versions });
          return;
        }
        for (const p of pairs) walk(p.value, [...path, String((p.key as { value: unknown }).value)]);
      } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    };
    walk(doc.contents, []);
  }
  return out;
}

/**
 * Changes one text in a flow file's YAML in place: only the characters of that value change (written as a
 * double-quoted string), so comments, layout and every other line stay exactly as they were.
 */
export function setFlowText(files: FlowFiles, change: TextChange): FlowFiles {
  const source = files[change.file];
  if (source === undefined || !isFlowPath(change.file)) throw new TextChangeError(`No flow file ${change.file}.`);
  if (typeof change.text !== 'string' || change.text.length === 0) throw new TextChangeError('A text cannot be empty.');
  const doc = parseDocument(source);
  const parent = doc.getIn(change.path, true);
  if (!isMap(parent)) throw new TextChangeError(`No text at ${change.path.join('.')}.`);
  const node = parent.get(change.lang, true);
  const quoted = JSON.stringify(change.text);
  if (isScalar(node) && node.range) {
    const [start, end] = node.range;
    return { ...files, [change.file]: source.slice(0, start) + quoted + source.slice(end) };
  }
  throw new TextChangeError(`The text at ${change.path.join('.')} has no ${change.lang} version to change.`);
}
