import type { FlowPath } from '../flowParser';
import type { FlowContext } from './flowContext';
import { allTexts, placeholders, textFor } from './flowTexts';
import { suggest } from './suggest';

/** Variables the flow can fill, with the longest value each can have. */
export function knownVariables(ctx: FlowContext): Map<string, number> {
  const vars = new Map<string, number>();
  const note = (name: string, length: number) => vars.set(name, Math.max(vars.get(name) ?? 0, length));
  for (const [name, v] of Object.entries(ctx.options.builtinVariables ?? {})) note(name, v.maxLength);
  // Who runs the line: keyword texts name the program, its support contact and the operator's own line.
  const line = ctx.flow.line;
  note('program', line?.program.length ?? 0);
  note('support', line?.support.length ?? 0);
  const ownLine = line?.own_line;
  const ownLineLength = (l: string) => (ownLine === undefined ? 0 : (textFor(ownLine, l) ?? '').length + 1);
  note('own_line', Math.max(0, ...ctx.languages.map(ownLineLength)));
  const noteSet = (set: Record<string, string | number | boolean> | undefined) => {
    for (const [name, value] of Object.entries(set ?? {})) note(name, String(value).length);
  };
  const noteAction = (name: string | undefined) => {
    const action = name !== undefined ? ctx.actions.get(name) : undefined;
    for (const [v, spec] of Object.entries(action?.sets ?? {})) note(v, spec.maxLength);
  };
  for (const [, node] of ctx.nodes()) {
    noteSet(node.set);
    noteAction(node.do);
    for (const r of node.routes ?? []) {
      noteSet(r.set);
      noteAction(r.do);
    }
  }
  return vars;
}

/** Every `do:` names a known action, and every `{{placeholder}}` and `when` test a variable something sets. */
export function checkActionsAndVariables(ctx: FlowContext): void {
  const known = [...ctx.actions.keys()];
  const checkAction = (name: string | undefined, path: FlowPath) => {
    if (name === undefined || ctx.actions.has(name)) return;
    const list = known.length ? ` The actions are: ${known.join(', ')}.` : '';
    ctx.report(
      path,
      'error',
      'unknown-action',
      `\`do: ${name}\` names no action the line knows${suggest(name, known)}.${list} Fix the name (flows/README.md describes each action).`,
    );
  };
  for (const [, node, base] of ctx.nodes()) {
    checkAction(node.do, [...base, 'do']);
    node.routes?.forEach((r, i) => checkAction(r.do, [...base, 'routes', i, 'do']));
  }
  const vars = knownVariables(ctx);
  const names = [...vars.keys()];
  for (const { path, text } of allTexts(ctx.flow)) {
    const perLang = typeof text === 'string' ? [text] : Object.values(text);
    const reported = new Set<string>();
    for (const t of perLang) {
      for (const name of placeholders(t)) {
        if (vars.has(name) || reported.has(name)) continue;
        reported.add(name);
        ctx.report(
          path,
          'error',
          'unknown-variable',
          `The text uses \`{{${name}}}\`, but nothing sets \`${name}\`${suggest(name, names)}. Fix the name, or set it earlier with \`set: { ${name}: ... }\` or an action that fills it.`,
        );
      }
    }
  }
  for (const [, node, base] of ctx.nodes()) {
    node.when?.forEach((w, i) => {
      for (const name of Object.keys(w.if)) {
        if (!vars.has(name)) {
          ctx.report(
            [...base, 'when', i, 'if', name],
            'warning',
            'unknown-variable',
            `\`when\` tests \`${name}\`, which nothing sets${suggest(name, names)}, so this branch is never taken. Fix the name or remove the branch.`,
            'key',
          );
        }
      }
    });
  }
}
