import type { FlowPath } from '../flowParser';
import { SLOT_VALUES } from '../understandSlots';
import type { FlowContext } from './flowContext';
import { suggest } from './suggest';

/**
 * The understood slots a `set` may give a value to, with the values the search and the replies know: a `set: { when:
 * not_tody }` would otherwise be kept and read as no time at all, silently.
 */
const CHECKED_SLOTS = ['audience', 'concern', 'medication', 'teen', 'mode', 'when', 'part'] as const;

/** Every `set` (a node's, a route's, a keyword's) gives an understood slot one of its values. */
export function checkSetValues(ctx: FlowContext): void {
  const check = (set: Record<string, string | number | boolean> | undefined, path: FlowPath) => {
    for (const [name, value] of Object.entries(set ?? {})) {
      if (!(CHECKED_SLOTS as readonly string[]).includes(name)) continue;
      const allowed: readonly string[] = SLOT_VALUES[name as (typeof CHECKED_SLOTS)[number]];
      if (allowed.includes(String(value))) continue;
      ctx.report(
        [...path, name],
        'error',
        'unknown-set-value',
        `\`${name}: ${String(value)}\` is not a value \`${name}\` can hold${suggest(String(value), allowed)}. ` +
          `Use one of: ${allowed.join(', ')}.`,
      );
    }
  };
  for (const [, node, base] of ctx.nodes()) {
    check(node.set, [...base, 'set']);
    node.routes?.forEach((r, i) => check(r.set, [...base, 'routes', i, 'set']));
  }
  for (const [name, keyword] of Object.entries(ctx.flow.keywords)) check(keyword.set, ['keywords', name, 'set']);
}
