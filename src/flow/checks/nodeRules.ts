import { describePath, type FlowPath } from '../flowParser';
import type { FlowNode } from '../flowSchema';
import type { FlowContext } from './flowContext';
import { edgesOf, isWaiting } from './flowGraph';
import { suggest } from './suggest';

/** Rules on each node by itself: the start exists, every goto names a node, a node moves in exactly one way. */

/** `start` names a node that exists. */
export function checkStart(ctx: FlowContext): void {
  if (!ctx.hasNode(ctx.flow.start)) {
    ctx.report(
      ['start'],
      'error',
      'start-missing',
      `\`start\` names the node \`${ctx.flow.start}\`, which does not exist${suggest(ctx.flow.start, ctx.nodeNames)}. Write the name of the node the conversation begins with.`,
    );
  }
}

/** Every goto (of nodes and keywords) names a node, and no question retries into itself forever. */
export function checkReferences(ctx: FlowContext): void {
  for (const [name, node, base] of ctx.nodes()) {
    for (const edge of edgesOf(node, base)) {
      if (!ctx.hasNode(edge.to)) {
        ctx.report(
          edge.path,
          'error',
          'unknown-node',
          `${describePath(edge.path)} goes to \`${edge.to}\`, but there is no node of that name${suggest(edge.to, ctx.nodeNames)}. Fix the name, or add a node \`${edge.to}:\` under \`nodes\`.`,
        );
      }
    }
    if (node.other && node.other.then === name) {
      ctx.report(
        [...base, 'other', 'then'],
        'error',
        'unbounded-retries',
        `After its retries run out, node \`${name}\` goes back to itself, so someone who cannot answer is asked again and again forever. Send \`then\` to a node that offers something useful instead (online options, the helpline).`,
      );
    }
  }
  for (const [kname, kw] of Object.entries(ctx.flow.keywords)) {
    if (kw.goto !== undefined && !ctx.hasNode(kw.goto)) {
      ctx.report(
        ['keywords', kname, 'goto'],
        'error',
        'unknown-node',
        `Keyword \`${kname}\` goes to \`${kw.goto}\`, but there is no node of that name${suggest(kw.goto, ctx.nodeNames)}. Fix the name.`,
      );
    }
  }
}

/** Each node has a valid name and moves in exactly one way: asks (with routes and a catch-all), goes on, or ends. */
export function checkNodeMoves(ctx: FlowContext): void {
  for (const [name, node, base] of ctx.nodes()) {
    if (!/^[A-Za-z0-9_-]+$/.test(name)) {
      ctx.report(
        base,
        'error',
        'bad-node-name',
        `The node name \`${name}\` has characters other than letters, digits, _ and -. Rename it (and every goto that names it), e.g. \`${name.replace(/[^A-Za-z0-9_-]+/g, '_')}\`.`,
        'key',
      );
    }
    const waits = isWaiting(node);
    const moves = [waits && 'asks', node.goto !== undefined && 'has `goto`', node.end && 'has `end: true`'].filter(
      Boolean,
    );
    if (moves.length > 1) {
      ctx.report(
        base,
        'error',
        'conflicting-moves',
        `Node \`${name}\` ${moves.join(' and ')}; a node does exactly one of these: ask (with routes and other), go on with \`goto\`, or \`end: true\`. Keep one.`,
        'key',
      );
    }
    if (!waits && node.goto === undefined && !node.end) {
      const why = node.when
        ? ' Its `when` branches only apply when their condition holds, so it needs a `goto` for the other cases.'
        : '';
      ctx.report(
        base,
        'error',
        'dead-end',
        `Node \`${name}\` neither asks a question, nor goes on (\`goto\`), nor ends: the conversation would get stuck there.${why} Add \`goto: <node>\`, \`end: true\`, or a question with routes.`,
        'key',
      );
    }
    if (waits) checkQuestion(ctx, name, node, base);
  }
}

/** A node that waits for a text asks something, has routes, and says something when no route takes the answer. */
function checkQuestion(ctx: FlowContext, name: string, node: FlowNode, base: FlowPath): void {
  if (node.ask === undefined) {
    ctx.report(
      base,
      'error',
      'no-question',
      `Node \`${name}\` has routes or \`other\` but no \`ask\`: the texter would not know what to answer. Add an \`ask:\` text.`,
      'key',
    );
  }
  if (!node.routes || node.routes.length === 0) {
    ctx.report(
      node.routes ? [...base, 'routes'] : base,
      'error',
      'no-routes',
      `Node \`${name}\` asks a question but has no routes, so no answer can lead anywhere. Add routes (each with words or a number and a \`goto\`).`,
      node.routes ? 'value' : 'key',
    );
  }
  const anyRoute = node.routes?.some((r) => r.any) ?? false;
  if (!node.other && !anyRoute) {
    ctx.report(
      base,
      'error',
      'no-catch-all',
      `Node \`${name}\` asks a question but says nothing when the answer matches no route. Add \`other:\` with \`say\` (what to say on a miss), \`retries\` (how many times to ask again) and \`then\` (where to go after that).`,
      'key',
    );
  }
}
