import type { FlowKeyword } from './flowSchema';
import { allWords, containsAnyWord, isWholeWord } from '../text/answerMatch';
import { detectCrisis, type CrisisFinding, type CrisisWords } from '../text/crisisDetector';
import { tellsOwnOverdose } from '../text/ownOverdose';

export type { CrisisFinding, CrisisKind } from '../text/crisisDetector';
export { CRISIS_KIND_OVER, CRISIS_KINDS } from '../text/crisisDetector';

/** Staff words per flow's keyword set, built once so the detector can keep its compiled list for them. */
const extrasOf = new WeakMap<Record<string, FlowKeyword>, CrisisWords>();

/** The crisis words staff added in a flow's keywords (built once per keyword set), as the detector takes them. */
export function staffWords(keywords: Record<string, FlowKeyword>): CrisisWords {
  let extra = extrasOf.get(keywords);
  if (!extra) {
    extra = {
      overdose: allWords(keywords.crisis_overdose?.contains),
      suicide: allWords(keywords.crisis_suicide?.contains),
      violence: allWords(keywords.crisis_violence?.contains),
      withdrawal: allWords(keywords.crisis_withdrawal?.contains),
      driving: allWords(keywords.crisis_driving?.contains),
      child: allWords(keywords.crisis_child?.contains),
      assault: allWords(keywords.crisis_assault?.contains),
      alone: allWords(keywords.crisis_alone?.contains),
      poison: allWords(keywords.crisis_poison?.contains),
      pet: allWords(keywords.crisis_pet?.contains),
    };
    extrasOf.set(keywords, extra);
  }
  return extra;
}

/**
 * Finds danger in a text: the one crisis detector (src/text/crisisDetector.ts) with its core list,
 * plus the words staff added under `crisis_overdose`, `crisis_suicide`, `crisis_violence`,
 * `crisis_withdrawal`, `crisis_driving`, `crisis_child`, `crisis_assault`, `crisis_alone`, `crisis_poison` and
 * `crisis_pet`.
 * Words under `crisis` itself mean danger in general (`contains` anywhere in a text, `words` as the whole of it): they
 * give a finding with no kind, answered with the common part.
 */
export function findCrisis(text: string, keywords: Record<string, FlowKeyword>): CrisisFinding | undefined {
  const found = detectCrisis(text, staffWords(keywords));
  // "i took all my pills": the texter's own overdose, told so its first words speak to them.
  if (found?.kinds.includes('overdose') && tellsOwnOverdose(text)) return { ...found, own: true };
  if (found) return found;
  // Its `words` are whole texts ("911", "sos"): they were never read here, so "911" alone got "Sorry, I didn't get
  // that" (the twenty-seventh session's safety probe).
  const general = keywords.crisis;
  return isWholeWord(text, general?.words) || containsAnyWord(text, general?.contains) ? { kinds: [] } : undefined;
}
