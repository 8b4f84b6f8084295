import { isFlowPath } from '../../flowStore/flowFolderFiles';
import type { FlowFiles } from '../../flowStore/flowRevisionStore';
import { listFlowTexts, setFlowText, type FlowTextEntry } from './flowTexts';

/** A draft brought onto the live revision, or the parts both sides changed (nothing is merged then). */
export type DraftMerge = { ok: true; files: FlowFiles } | { ok: false; conflicts: string[] };

/**
 * Brings a draft started from `base` onto `live` (a three-way merge): a file only one side changed takes that side;
 * a flow file both changed is merged text by text when the draft changed only texts (what the Texts page does) and
 * the live revision did not change those same texts. Anything else is a conflict, named in plain words, because a
 * guessed merge of YAML could publish a flow nobody wrote.
 */
export function mergeDraft(base: FlowFiles, draft: FlowFiles, live: FlowFiles): DraftMerge {
  const out: FlowFiles = {};
  const conflicts: string[] = [];
  for (const path of new Set([...Object.keys(base), ...Object.keys(draft), ...Object.keys(live)])) {
    const [b, d, l] = [base[path], draft[path], live[path]];
    const merged = d === b ? l : l === b || l === d ? d : mergeTexts(path, b, d, l, conflicts);
    if (merged !== undefined) out[path] = merged;
  }
  return conflicts.length ? { ok: false, conflicts } : { ok: true, files: out };
}

/** Both sides changed `path`: the draft's text changes applied to the live file, or undefined with the conflicts. */
function mergeTexts(
  path: string,
  base: string | undefined,
  draft: string | undefined,
  live: string | undefined,
  conflicts: string[],
): string | undefined {
  const whole = `${path} was changed both in your draft and in the live version.`;
  if (base === undefined || draft === undefined || live === undefined || !isFlowPath(path)) {
    conflicts.push(whole);
    return undefined;
  }
  const baseTexts = byId(listFlowTexts({ [path]: base }));
  const liveTexts = byId(listFlowTexts({ [path]: live }));
  const changes = textChanges(baseTexts, listFlowTexts({ [path]: draft }));
  let replayed: FlowFiles = { [path]: base };
  let merged: FlowFiles = { [path]: live };
  try {
    for (const change of changes) {
      replayed = setFlowText(replayed, change);
      const now = liveTexts.get(change.id)?.versions[change.lang]?.text;
      if (now !== baseTexts.get(change.id)?.versions[change.lang]?.text && now !== change.text)
        conflicts.push(`The ${change.lang} text at ${change.path.join(' · ')} was changed in both.`);
      else merged = setFlowText(merged, change);
    }
  } catch {
    // The live file no longer has that text (its step was renamed or removed): no safe place to put the change.
    conflicts.push(whole);
    return undefined;
  }
  // Replaying the text changes on the base must give the draft exactly, or the draft changed more than texts.
  if (replayed[path] !== draft) {
    conflicts.push(whole);
    return undefined;
  }
  return merged[path];
}

function byId(entries: FlowTextEntry[]): Map<string, FlowTextEntry> {
  return new Map(entries.map((e) => [e.id, e]));
}

/** Each wording in `draft` that differs from `base`, as a change setFlowText can apply. */
function textChanges(base: Map<string, FlowTextEntry>, draft: FlowTextEntry[]) {
  return draft.flatMap((entry) =>
    Object.entries(entry.versions)
      .filter(([lang, v]) => v.text !== base.get(entry.id)?.versions[lang]?.text)
      .map(([lang, v]) => ({ id: entry.id, file: entry.file, path: entry.path, lang, text: v.text })),
  );
}
