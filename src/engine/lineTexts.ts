import type { EngineScope } from './engineScope';
import { LAST_RESORT_TROUBLE } from './lastResortReplies';
import { languageFor } from './stepLanguage';
import { keywordText } from './stepOutput';
import type { Session } from './types';

/** A keyword text of the live entry flow in the person's language, or undefined when the flow has none. */
export function entryText(
  scope: EngineScope,
  name: string,
  session: Session | undefined,
  text: string,
): string | undefined {
  if (!scope.flows.isReady()) return undefined;
  const entry = scope.compiled(scope.flows.entry());
  return keywordText(entry, name, languageFor(scope, entry, session, text));
}

/** The flow's "having trouble" reply in the person's language; the built-in one when the flow cannot say it. */
export function troubleText(scope: EngineScope, session: Session | undefined, text: string): string {
  try {
    return entryText(scope, 'unavailable', session, text) ?? LAST_RESORT_TROUBLE;
  } catch {
    return LAST_RESORT_TROUBLE;
  }
}
