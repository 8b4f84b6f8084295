import type { FlowPath } from '../flowParser';
import type { FlowNode } from '../flowSchema';

/** Where a node can move to, and whether that move happens at once (without waiting for a text). */
export interface Edge {
  to: string;
  path: FlowPath;
  immediate: boolean;
}

/** Every move a node can make: `when` branches and `goto` at once, routes and `other` after a text. */
export function edgesOf(node: FlowNode, base: FlowPath): Edge[] {
  const edges: Edge[] = [];
  node.when?.forEach((w, i) => edges.push({ to: w.goto, path: [...base, 'when', i, 'goto'], immediate: true }));
  if (node.goto !== undefined) edges.push({ to: node.goto, path: [...base, 'goto'], immediate: true });
  node.routes?.forEach((r, i) => edges.push({ to: r.goto, path: [...base, 'routes', i, 'goto'], immediate: false }));
  if (node.other) edges.push({ to: node.other.then, path: [...base, 'other', 'then'], immediate: false });
  return edges;
}

/** True when the node waits for a text (it asks, or has routes or `other`). */
export function isWaiting(node: FlowNode): boolean {
  return node.ask !== undefined || node.routes !== undefined || node.other !== undefined;
}
