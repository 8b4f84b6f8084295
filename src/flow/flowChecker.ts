import type { Finding } from './finding';
import { sortFindings } from './finding';
import { parseFlowFile, parseFlowSource, type FlowPath, type ParsedFlow } from './flowParser';
import { checkCarrierAudit } from './carrierAudit';
import { checkCrisisCorpora } from './crisisCorpus';
import type { FlowFile } from './flowSchema';
import { checkUnderstandSection } from './understandChecks';
import type { CheckOptions, FlowSourceText } from './checks/checkOptions';
import { checkCompiles } from './checks/compiles';
import { FlowContext } from './checks/flowContext';
import { CARRIER_WORDS } from './checks/flowWords';
import { checkLoops, checkReachability } from './checks/graphRules';
import { checkKeywords } from './checks/keywords';
import { checkNodeMoves, checkReferences, checkStart } from './checks/nodeRules';
import { checkRoutes } from './checks/routes';
import { checkTexts } from './checks/texts';
import { checkActionsAndVariables } from './checks/variables';
import { checkWordLists } from './checks/wordLists';
import { checkDistanceUnits } from './checks/distanceUnits';
import { checkHelplineLabel } from './checks/helplineLabel';
import { checkSetValues } from './checks/setValues';

/**
 * The flow checker: everything that can be wrong with a flow file beyond its shape, each finding
 * pinned to a file, line and column and saying what to do. flows/README.md lists the rules for staff.
 * This file runs the rules in order; each rule or family of rules lives in its own file under checks/.
 */

export type { ActionInfo, BuildFailure, CheckOptions, FlowSourceText, ReplyRules } from './checks/checkOptions';
export { SEGMENTS_MAX, SEGMENTS_WARN_AT } from './checks/messageLength';
export { placeholders } from './checks/flowTexts';

/** Reads, parses and checks flow files (paths or contents); returns every finding, sorted, never throws. */
export function checkFlows(files: ReadonlyArray<string | FlowSourceText>, options: CheckOptions): Finding[] {
  const parsed = files.map((f) => (typeof f === 'string' ? parseFlowFile(f) : parseFlowSource(f.file, f.source)));
  return checkParsedFlows(parsed, options);
}

/** Checks flows already parsed (the library parses once and reuses the result); sorted findings. */
export function checkParsedFlows(parsed: readonly ParsedFlow[], options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const p of parsed) {
    const earlier = seen.get(p.id);
    if (earlier !== undefined) {
      findings.push({
        file: p.file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'duplicate-flow',
        message: `Another file (${earlier}) already defines the flow \`${p.id}\`. Rename or remove one of the two files.`,
      });
    } else seen.set(p.id, p.file);
    findings.push(...p.findings);
    if (p.flow) findings.push(...checkFlow(p, p.flow, options));
  }
  return sortFindings(findings);
}

/** All of the rules past the shape, for one flow that passed the schema, in the order they report. */
function checkFlow(parsed: ParsedFlow, flow: FlowFile, options: CheckOptions): Finding[] {
  const ctx = new FlowContext(parsed, flow, options);
  checkStart(ctx);
  checkReferences(ctx);
  checkNodeMoves(ctx);
  checkReachability(ctx);
  checkLoops(ctx);
  checkActionsAndVariables(ctx);
  checkSetValues(ctx);
  checkTexts(ctx);
  checkWordLists(ctx);
  checkDistanceUnits(ctx);
  checkHelplineLabel(ctx);
  checkRoutes(ctx);
  checkKeywords(ctx);
  if (flow.understand) {
    checkUnderstandSection(flow.understand, ctx.languages, CARRIER_WORDS, (path, severity, rule, message, part) =>
      ctx.report(path, severity, rule, message, part),
    );
  }
  checkCarrierAudit(flow, (path, rule, message) => ctx.report(path, 'warning', rule, message));
  if (options.crisisCorpora) {
    const report = (path: FlowPath, severity: Finding['severity'], rule: string, message: string) =>
      ctx.report(path, severity, rule, message);
    checkCrisisCorpora(flow, options.crisisCorpora, report);
  }
  // Last guard: whatever the rules above let through must also build into a machine.
  if (!ctx.findings.some((f) => f.severity === 'error')) checkCompiles(ctx);
  return ctx.findings;
}
