import type { ReplyLabels } from '../../directory/types';
import type { FlowVars } from '../../flow/flowText';
import { toGsm7 } from '../../sms/gsm7';
import { namesSeveral } from '../understoodSummary';
import { WHOM_MAX } from './budgets';
import { truthy } from './situation';

/**
 * Whom the groups of a search are for, in the flow's words (`labels.whom`): "for you", or "for your husband and
 * you" when the person the help is about wants help themselves (`for_them`: their own groups come first, the
 * family group last, for the texter), the family word said as `relationWords` say it. Empty when the flow has no
 * such words.
 */
export function whomFor(
  labels: ReplyLabels,
  vars: FlowVars,
  relationWords: Readonly<Record<string, string>> = {},
): string {
  const words = labels.whom;
  if (!words) return '';
  if (!truthy(vars.for_them) || vars.audience !== 'family') return toGsm7(words.you).slice(0, WHOM_MAX);
  const relation = typeof vars.relation === 'string' ? vars.relation.trim() : '';
  // A relation kept as a key, not a word ("childs_father"): the summary says it whole; here it goes unnamed.
  if (!relation || relation.includes('_')) return toGsm7(words.them_unnamed).slice(0, WHOM_MAX);
  // "hubby" is said back as the summary says it ("your husband"), "esposo" in an English reply as "husband".
  const named = Object.hasOwn(relationWords, relation) ? relationWords[relation] : relation;
  const text = namesSeveral(named) && words.them_many ? words.them_many : words.them;
  const said = text.replace(/\{\{\s*relation\s*\}\}/g, named);
  // A long family word ("my husbands grandmother") would crowd the heading: then it goes unnamed.
  return toGsm7(said.length <= WHOM_MAX ? said : words.them_unnamed).slice(0, WHOM_MAX);
}
