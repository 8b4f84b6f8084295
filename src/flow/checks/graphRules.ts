import type { FlowContext } from './flowContext';
import { edgesOf, isWaiting, type Edge } from './flowGraph';

/** Rules over the flow as a graph: every node reachable, no loop that never waits for a text. */

export function checkReachability(ctx: FlowContext): void {
  if (!ctx.hasNode(ctx.flow.start)) return; // reported already; everything would look unreachable
  const reached = new Set<string>([ctx.flow.start]);
  for (const kw of Object.values(ctx.flow.keywords))
    if (kw.goto !== undefined && ctx.hasNode(kw.goto)) reached.add(kw.goto);
  const queue = [...reached];
  while (queue.length) {
    const name = queue.shift() as string;
    for (const edge of edgesOf(ctx.flow.nodes[name], ['nodes', name])) {
      if (ctx.hasNode(edge.to) && !reached.has(edge.to)) {
        reached.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  for (const name of ctx.nodeNames) {
    if (!reached.has(name)) {
      ctx.report(
        ['nodes', name],
        'warning',
        'unreachable',
        `No route, goto or keyword leads to node \`${name}\`, so no texter will ever see it. Point a \`goto\` at it, or delete it.`,
        'key',
      );
    }
  }
}

/** A cycle of nodes that move on at once, with no question in it, would spin forever. */
export function checkLoops(ctx: FlowContext): void {
  const immediate = new Map<string, Edge[]>();
  for (const [name, node, base] of ctx.nodes()) {
    if (isWaiting(node)) continue;
    immediate.set(
      name,
      edgesOf(node, base).filter((e) => e.immediate && ctx.hasNode(e.to)),
    );
  }
  const state = new Map<string, 'active' | 'done'>();
  const reported = new Set<string>();
  const stack: string[] = [];
  const visit = (name: string): void => {
    state.set(name, 'active');
    stack.push(name);
    for (const edge of immediate.get(name) ?? []) {
      if (!immediate.has(edge.to)) continue; // the target asks: the loop waits for a text there
      const s = state.get(edge.to);
      if (s === 'active') {
        const cycle = stack.slice(stack.indexOf(edge.to));
        const key = [...cycle].sort().join('>');
        if (!reported.has(key)) {
          reported.add(key);
          ctx.report(
            edge.path,
            'error',
            'goto-loop',
            `These nodes go on to each other without asking anything: ${[...cycle, edge.to].map((n) => `\`${n}\``).join(' -> ')}. The conversation would go round forever. Put a question in the loop, or end it.`,
          );
        }
      } else if (s === undefined) visit(edge.to);
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const name of immediate.keys()) if (!state.has(name)) visit(name);
}
