import type { BuildFailure } from './checkOptions';
import type { FlowContext } from './flowContext';

/** Builds the machine the engine would run; a failure is reported where the compiler points. */
export function checkCompiles(ctx: FlowContext): void {
  const build = ctx.options.build;
  if (!build) return;
  try {
    build({ id: ctx.parsed.id, version: ctx.parsed.version, flow: ctx.flow }, [...ctx.actions.values()]);
  } catch (err) {
    const failure = err as BuildFailure;
    const where = failure.where ?? '';
    const path = where
      .split(/[.[\]]+/)
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const reason = failure.message ?? String(err);
    ctx.report(
      path,
      'error',
      'compile',
      `The flow cannot be built into a conversation: ${reason}. Fix this part of the file.`,
    );
  }
}
