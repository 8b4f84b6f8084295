import type { ActionInfo, BuildFailure, CheckOptions } from '../flow/flowChecker';
import { BUILTIN_VARIABLES, defaultActionRegistry, type ActionRegistry, type FlowAction } from './actionRegistry';
import { compileFlow, FlowCompileError } from './flowCompiler';
import { afterKeywordText } from './keywordTable';
import { CRISIS_EXCLUSIVE_PARTS, CRISIS_REPLY_PARTS, joinTexts } from './stepOutput';

/**
 * Builds a flow as the engine would, with stand-ins for the actions the checker was told of (the
 * checker never runs them); a failure becomes a BuildFailure that points into the file.
 */
function buildLikeTheEngine(
  flow: Parameters<NonNullable<CheckOptions['build']>>[0],
  actions: readonly ActionInfo[],
): void {
  const standIns: ActionRegistry = new Map(
    actions.map((a): [string, FlowAction] => [
      a.name,
      { name: a.name, description: a.description ?? '', sets: {}, run: () => ({ vars: {} }) },
    ]),
  );
  try {
    compileFlow(flow, {
      directory: () => {
        throw new Error('the checker does not run the flow');
      },
      actions: standIns,
    });
  } catch (err) {
    const failure: BuildFailure =
      err instanceof FlowCompileError ? { where: err.where, message: err.reason } : { message: (err as Error).message };
    throw failure;
  }
}

/**
 * What the flow checker must know of this runtime, given by the runtime so the flow definition
 * never imports it: the actions a flow may call, the variables the engine fills itself, and how
 * the engine builds a flow. `npm run flows:check`, the flow library and the console pass this.
 */
export const runtimeCheckOptions: CheckOptions = {
  actions: [...defaultActionRegistry.values()],
  builtinVariables: BUILTIN_VARIABLES,
  build: buildLikeTheEngine,
  replies: {
    join: joinTexts,
    crisisParts: CRISIS_REPLY_PARTS,
    crisisExclusive: CRISIS_EXCLUSIVE_PARTS,
    afterKeyword: afterKeywordText,
  },
};

/** The runtime's check options with a different set of actions (tests, or a host with its own). */
export function checkOptionsWith(actions: readonly ActionInfo[]): CheckOptions {
  return { ...runtimeCheckOptions, actions };
}
