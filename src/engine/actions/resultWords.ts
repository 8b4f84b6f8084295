import type { ReplyLabels } from '../../directory/types';
import type { FlowVars } from '../../flow/flowText';
import { itemsOf, pickWord } from './resultPage';

/**
 * The words of a page of results that are written in the conversation's language, `items` ("1, 2 or 3") and
 * `pick` ("directions"), written again in another: a texter who switches to Spanish at the results reads
 * "Responde 1, 2 o 3 para direcciones", not "1, 2 or 3". Only the vars that change are returned.
 */
export function resultWordsIn(vars: FlowVars, from: ReplyLabels, to: ReplyLabels): FlowVars {
  const changed: FlowVars = {};
  const items = vars.items;
  if (typeof items === 'string' && items) {
    const count = items.match(/\d+/g)?.length ?? 0;
    const again = itemsOf(count, to);
    if (count > 1 && again !== items) changed.items = again;
  }
  for (const where of ['in_person', 'remote'] as const) {
    const said = pickWord(from, where);
    const again = pickWord(to, where);
    if (vars.pick === said && again !== said) changed.pick = again;
  }
  return changed;
}
