import type { Finding } from '../finding';
import type { FlowPath, ParsedFlow } from '../flowParser';
import type { FlowFile, FlowNode } from '../flowSchema';
import type { ActionInfo, CheckOptions } from './checkOptions';

/** Shared state of one flow's check: where things are and what was found. */
export class FlowContext {
  readonly findings: Finding[] = [];
  readonly nodeNames: string[];
  readonly actions: Map<string, ActionInfo>;
  readonly languages: string[];

  constructor(
    readonly parsed: ParsedFlow,
    readonly flow: FlowFile,
    readonly options: CheckOptions,
  ) {
    this.nodeNames = Object.keys(flow.nodes);
    this.actions = new Map(Array.from(options.actions, (a) => [a.name, a]));
    this.languages = flow.languages;
  }

  report(
    path: FlowPath,
    severity: Finding['severity'],
    rule: string,
    message: string,
    part: 'key' | 'value' = 'value',
  ): void {
    const at = this.parsed.locate(path, part);
    this.findings.push({ file: this.parsed.file, line: at.line, column: at.column, severity, rule, message });
  }

  hasNode(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.flow.nodes, name);
  }

  /** Every node with its name and path prefix. */
  *nodes(): Generator<[string, FlowNode, FlowPath]> {
    for (const [name, node] of Object.entries(this.flow.nodes)) yield [name, node, ['nodes', name]];
  }
}
