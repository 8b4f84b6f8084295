import type { FlowFile } from '../../flow/flowSchema';
import type { ActionRegistry } from '../actionRegistry';
import { FlowCompileError } from './compiledFlowTypes';

/**
 * The compiler's own guard: a flow it cannot build into a sound machine (a missing node or action,
 * a node with no way on, a bad pattern, a loop with no question) throws FlowCompileError, with the
 * path into the flow. The flow checker (src/flow) explains these to staff with file positions and
 * calls the compiler last (CheckOptions.build), so this is the one place the build's own needs live.
 * Returns the routes' patterns, compiled.
 */
export function assertBuildable(id: string, flow: FlowFile, actions: ActionRegistry): Map<string, RegExp> {
  const patterns = new Map<string, RegExp>();
  const nodeIds = Object.keys(flow.nodes);
  const exists = (target: string) => Object.prototype.hasOwnProperty.call(flow.nodes, target);
  const needTarget = (where: string, target: string) => {
    if (!exists(target)) throw new FlowCompileError(id, where, `goes to "${target}", which is not a node`);
  };
  const needAction = (where: string, name: string) => {
    if (!actions.has(name)) throw new FlowCompileError(id, where, `calls unknown action "${name}"`);
  };
  if (!exists(flow.start)) throw new FlowCompileError(id, 'start', `"${flow.start}" is not a node`);
  if (!flow.languages.length) throw new FlowCompileError(id, 'languages', 'no language declared');
  for (const nodeId of nodeIds) {
    const node = flow.nodes[nodeId];
    const at = `nodes.${nodeId}`;
    if (!/^[A-Za-z0-9_-]+$/.test(nodeId))
      throw new FlowCompileError(id, at, 'node names may use letters, digits, _ and - only');
    const exits = [node.ask !== undefined, node.goto !== undefined, node.end === true].filter(Boolean).length;
    if (exits !== 1) throw new FlowCompileError(id, at, 'needs exactly one of ask, goto or end');
    if (node.do) needAction(`${at}.do`, node.do);
    if (node.goto) needTarget(`${at}.goto`, node.goto);
    node.when?.forEach((w, i) => needTarget(`${at}.when[${i}].goto`, w.goto));
    if (node.ask !== undefined) {
      if (!node.routes?.length && !node.other) throw new FlowCompileError(id, at, 'asks but has no routes');
      if (node.other) needTarget(`${at}.other.then`, node.other.then);
    } else if (node.routes || node.other) {
      throw new FlowCompileError(id, at, 'has routes but asks nothing');
    }
    node.routes?.forEach((route, i) => {
      const rat = `${at}.routes[${i}]`;
      needTarget(`${rat}.goto`, route.goto);
      if (route.do) needAction(`${rat}.do`, route.do);
      if (route.pattern !== undefined) {
        try {
          patterns.set(`${nodeId}/${i}`, new RegExp(route.pattern, 'i'));
        } catch {
          throw new FlowCompileError(id, `${rat}.pattern`, 'is not a valid regular expression');
        }
      }
    });
  }
  for (const [name, keyword] of Object.entries(flow.keywords)) {
    if (keyword.goto) needTarget(`keywords.${name}.goto`, keyword.goto);
  }
  const usesActions = nodeIds.some((n) => flow.nodes[n].do || flow.nodes[n].routes?.some((r) => r.do));
  if (usesActions && !flow.labels?.[flow.languages[0]]) {
    throw new FlowCompileError(
      id,
      'labels',
      `meeting labels for "${flow.languages[0]}" are needed by the flow's actions`,
    );
  }
  assertNoSilentLoops(id, flow);
  return patterns;
}

/** Eventless moves (goto, when) that come back round would spin forever without a question. */
function assertNoSilentLoops(id: string, flow: FlowFile): void {
  const nodeIds = Object.keys(flow.nodes);
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (nodeId: string, trail: string[]) => {
    if (done.has(nodeId)) return;
    if (visiting.has(nodeId)) {
      throw new FlowCompileError(
        id,
        `nodes.${nodeId}`,
        `loops with no question in it: ${[...trail, nodeId].join(' -> ')}`,
      );
    }
    visiting.add(nodeId);
    const node = flow.nodes[nodeId];
    for (const next of [...(node.when ?? []).map((w) => w.goto), ...(node.goto ? [node.goto] : [])])
      visit(next, [...trail, nodeId]);
    visiting.delete(nodeId);
    done.add(nodeId);
  };
  nodeIds.forEach((n) => visit(n, []));
}
