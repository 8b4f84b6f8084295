import { edgesOf } from '../flow/checks/flowGraph';
import type { FlowFile } from '../flow/flowSchema';

/**
 * Which nodes of a flow can lead to which, by its routes, gotos, `when` branches and `other`:
 * worked out once per flow file, as the flow checker reads the same moves.
 */
const reachableByFlow = new WeakMap<FlowFile, Map<string, Set<string>>>();

function reachableFrom(flow: FlowFile, from: string): Set<string> {
  let byNode = reachableByFlow.get(flow);
  if (!byNode) reachableByFlow.set(flow, (byNode = new Map()));
  let seen = byNode.get(from);
  if (seen) return seen;
  seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const node = flow.nodes[stack.pop()!];
    if (!node) continue;
    for (const edge of edgesOf(node, [])) {
      if (seen.has(edge.to)) continue;
      seen.add(edge.to);
      stack.push(edge.to);
    }
  }
  byNode.set(from, seen);
  return seen;
}

/**
 * True when `later` lies only ahead of `node` on the flow's paths: it can be reached from `node`,
 * and `node` cannot be reached from it. A question ahead has not been asked yet.
 */
export function isOnlyAhead(flow: FlowFile, node: string, later: string): boolean {
  return reachableFrom(flow, node).has(later) && !reachableFrom(flow, later).has(node);
}
