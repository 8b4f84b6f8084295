import type { FlowKeyword } from '../flow/flowSchema';
import { containsAnyWord } from '../text/answerMatch';

/** The dangers that change a crisis reply's first words: overdose (911, naloxone) and suicide (988). */
export type CrisisKind = 'overdose' | 'suicide';

/** What a crisis check found; `kinds` may be empty when only a staff word for danger in general matched. */
export interface CrisisFinding {
  kinds: CrisisKind[];
}

/**
 * Finds danger in a text with the flow's crisis words: `crisis_overdose` and `crisis_suicide`
 * name the kind, `crisis` is danger in general. This is the one place the engine asks "is this a
 * crisis?", so the shared detector (src/text/crisisDetector.ts) replaces its body, not its callers.
 */
export function findCrisis(text: string, keywords: Record<string, FlowKeyword>): CrisisFinding | undefined {
  const kinds: CrisisKind[] = [];
  if (containsAnyWord(text, keywords.crisis_overdose?.contains)) kinds.push('overdose');
  if (containsAnyWord(text, keywords.crisis_suicide?.contains)) kinds.push('suicide');
  if (kinds.length) return { kinds };
  return containsAnyWord(text, keywords.crisis?.contains) ? { kinds } : undefined;
}
