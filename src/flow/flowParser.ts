import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { Finding } from './finding';
import { flowSchema, type FlowFile } from './flowSchema';

/** A step into a flow file's tree: a map key or a list index, e.g. ['nodes', 'who', 'routes', 1, 'goto']. */
export type FlowPath = ReadonlyArray<string | number>;

/** A place in a file, 1-based. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A flow file read and shape-checked, with a way to turn any path in it into a line and column. */
export interface ParsedFlow {
  /** The file's name without `.yaml`: the flow's id. */
  id: string;
  /** A short sha256 of the file's bytes: changes whenever the file does. */
  version: string;
  /** The file as given. */
  file: string;
  /** The flow, when the file is YAML of the right shape; undefined otherwise (see findings). */
  flow: FlowFile | undefined;
  /** What was wrong with the YAML or the shape (empty when `flow` is defined, warnings aside). */
  findings: Finding[];
  /**
   * Where a path is in the file: the value's start, or the key's with `part: 'key'`; the nearest existing
   * parent otherwise.
   */
  locate(path: FlowPath, part?: 'key' | 'value'): SourcePosition;
}

/** The flow's id: its file name without the extension (`flows/recovery.yaml` -> `recovery`). */
export function flowIdOf(file: string): string {
  return basename(file, extname(file));
}

/** A short, stable hash of a flow file's bytes (12 hex characters of sha256). */
export function flowVersionOf(bytes: string | Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

/** Reads and shape-checks a flow file from disk; an unreadable file becomes a finding, never a throw. */
export function parseFlowFile(file: string): ParsedFlow {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    return {
      id: flowIdOf(file),
      version: flowVersionOf(''),
      file,
      flow: undefined,
      findings: [
        finding(
          file,
          { line: 1, column: 1 },
          'unreadable',
          `The file cannot be read (${reason}). Check the path and that the file exists.`,
        ),
      ],
      locate: () => ({ line: 1, column: 1 }),
    };
  }
  return parseFlowSource(file, bytes);
}

/**
 * Parses flow YAML from memory, keeping source positions, and validates it against flowSchema.
 * Never throws: YAML syntax errors, an empty file and shape problems all come back as findings.
 */
export function parseFlowSource(file: string, bytes: string | Buffer): ParsedFlow {
  const id = flowIdOf(file);
  const version = flowVersionOf(bytes);
  const text = typeof bytes === 'string' ? bytes : bytes.toString('utf8');
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    // parseDocument reports problems in doc.errors; this is a last guard so a file never takes the line down.
    return broken(
      file,
      id,
      version,
      `The file could not be read as YAML (${(err as Error).message}). Check its indentation and quotes.`,
      'not-yaml',
    );
  }
  const locate = (path: FlowPath, part: 'key' | 'value' = 'value'): SourcePosition =>
    locateIn(doc, lineCounter, path, part);
  const base = { id, version, file, locate };

  const unusable = unusableDocument(file, doc, lineCounter);
  if (unusable) return { ...base, flow: undefined, findings: unusable };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // Aliases (`*name`) are resolved here: one naming no anchor, or too many, throws.
    const message =
      `This is not valid YAML: ${(err as Error).message}. A "*" or "&" at the start of a value has a special ` +
      'meaning in YAML: put that text in double quotes.';
    return { ...base, flow: undefined, findings: [finding(file, { line: 1, column: 1 }, 'not-yaml', message)] };
  }
  const result = flowSchema.safeParse(data);
  if (!result.success) {
    const findings = result.error.issues.map((issue) => schemaFinding(file, data, issue, locate));
    return { ...base, flow: undefined, findings };
  }
  return { ...base, flow: result.data, findings: [] };
}

/** YAML syntax errors, or an empty file, as findings; undefined when the document can be read. */
function unusableDocument(file: string, doc: Document.Parsed, lineCounter: LineCounter): Finding[] | undefined {
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => {
      const at = lineCounter.linePos(e.pos[0]);
      return finding(file, { line: at.line, column: at.col }, 'not-yaml', yamlErrorMessage(e.code, e.message));
    });
  }
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ''))) {
    return [
      finding(
        file,
        { line: 1, column: 1 },
        'empty-file',
        'The file is empty. Write a flow in it (copy flows/recovery.yaml to start) or delete the file.',
      ),
    ];
  }
  return undefined;
}

function broken(file: string, id: string, version: string, message: string, rule: string): ParsedFlow {
  return {
    id,
    version,
    file,
    flow: undefined,
    findings: [finding(file, { line: 1, column: 1 }, rule, message)],
    locate: () => ({ line: 1, column: 1 }),
  };
}

function finding(
  file: string,
  at: SourcePosition,
  rule: string,
  message: string,
  severity: Finding['severity'] = 'error',
): Finding {
  return { file, line: at.line, column: at.column, severity, rule, message };
}

/** Walks the YAML tree along `path`, stopping at the deepest node that exists. */
function locateIn(doc: Document.Parsed, lc: LineCounter, path: FlowPath, part: 'key' | 'value'): SourcePosition {
  let node: unknown = doc.contents;
  let best: YamlNode | undefined = isYamlNode(node) ? node : undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(step));
      if (!pair) break;
      const key = isYamlNode(pair.key) ? pair.key : undefined;
      const value = isYamlNode(pair.value) ? pair.value : undefined;
      if (last && part === 'key' && key) return positionOf(key, lc);
      // A key with an empty value (`goto:`) has no value node: point at the key.
      best = value ?? key ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (!isYamlNode(item)) break;
      best = item;
      node = item;
    } else {
      break;
    }
  }
  return best ? positionOf(best, lc) : { line: 1, column: 1 };
}

function isYamlNode(x: unknown): x is YamlNode {
  return typeof x === 'object' && x !== null && Array.isArray((x as YamlNode).range);
}

function positionOf(node: YamlNode, lc: LineCounter): SourcePosition {
  const offset = node.range?.[0] ?? 0;
  const p = lc.linePos(offset);
  return { line: p.line, column: p.col };
}

function yamlErrorMessage(code: string, raw: string): string {
  const first = raw.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const hint: Record<string, string> = {
    DUPLICATE_KEY: 'The same name appears twice in one place. Rename or remove one of them.',
    BAD_INDENT: 'Check the indentation: items of one list or map must line up, using spaces, not tabs.',
    TAB_AS_INDENT: 'Use spaces, not tabs, to indent.',
    MISSING_CHAR: 'A quote or bracket is not closed. Close it on the same line.',
    BLOCK_AS_IMPLICIT_KEY: 'A line probably lacks a colon, or a text with a colon in it needs quotes.',
    MULTILINE_IMPLICIT_KEY: 'A text probably needs quotes, or a line lacks its colon.',
  };
  return `This is not valid YAML: ${first}. ${hint[code] ?? 'Check the indentation, colons and quotes on this line and the one above.'}`;
}

type ZodIssue = z.core.$ZodIssue;

/** Turns a zod issue into a finding a staff member can act on. */
function schemaFinding(file: string, data: unknown, issue: ZodIssue, locate: ParsedFlow['locate']): Finding {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = describePath(path) || 'The file';
  const present = valueAt(data, path) !== undefined;
  let message: string;
  let at = locate(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0];
      at = locate([...path, key], 'key');
      message = `${where ? where + ': ' : ''}\`${issue.keys.join('`, `')}\` is not a known field here. Check the spelling${allowedHint(path)}, or remove it.`;
      break;
    }
    case 'invalid_type':
      message =
        path.length === 0
          ? 'The file should be one flow: named fields such as name, languages, start, keywords and nodes, not a list or a single value. Start from a copy of flows/recovery.yaml.'
          : present
            ? `${where} should be ${expectedWords(path, issue.expected)}. Fix the value.`
            : `${describePath(path.slice(0, -1)) || 'The flow'} needs \`${String(path[path.length - 1])}\`: ${expectedWords(path, issue.expected)}. Add it.`;
      break;
    case 'invalid_union':
      message = `${where} should be ${expectedWords(path, 'union')}. Fix the value.`;
      break;
    case 'invalid_value':
      message = `${where} can only be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}. Write that, or remove the line.`;
      break;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
      const what = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'characters' : '';
      message = `${where} must be ${bound}${what ? ' ' + what : ''}. Change it.`;
      break;
    }
    case 'invalid_format':
      message = `${where} is not in the right form (a language code is two small letters, such as \`en\` or \`es\`). Fix it.`;
      break;
    default:
      message = `${where}: ${issue.message}. Fix the value.`;
  }
  return finding(file, at, 'schema', message);
}

function valueAt(data: unknown, path: FlowPath): unknown {
  let v: unknown = data;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[step];
  }
  return v;
}

/** Describes a path in staff words: `node "who", route 2, goto`. */
export function describePath(path: FlowPath): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const prev = path[i - 1];
    if (prev === 'nodes' && typeof step === 'string') parts[parts.length - 1] = `node \`${step}\``;
    else if (prev === 'keywords' && typeof step === 'string') parts[parts.length - 1] = `keyword \`${step}\``;
    else if (prev === 'routes' && typeof step === 'number') parts[parts.length - 1] = `route ${step + 1}`;
    else if (prev === 'when' && typeof step === 'number') parts[parts.length - 1] = `when ${step + 1}`;
    else if (typeof step === 'number') parts.push(`item ${step + 1}`);
    else parts.push(`\`${step}\``);
  }
  return parts.join(', ');
}

function expectedWords(path: FlowPath, expected: string): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === 'say' || last === 'ask')
    return 'a text, or a text per language (`en: ...` and `es: ...` on their own lines)';
  if (last === 'words' || last === 'contains' || last === 'yes_words' || last === 'no_words')
    return 'a list of words such as `[yes, y]`, or a list per language (`en: [...]` and `es: [...]`)';
  if (last === 'goto' || last === 'then' || last === 'start') return 'the name of a node';
  if (last === 'nodes' || last === 'keywords') return 'a list of named entries, each name followed by a colon';
  if (last === 'routes') return 'a list of routes, each starting with `- `';
  if (last === 'set' || parent === 'set')
    return 'names with a word, number or true/false each, such as `audience: self`';
  if (last === 'retries') return 'a whole number from 0 to 5';
  if (last === 'number') return 'a whole number, or a list of them such as `[1, 2]`';
  if (last === 'languages') return 'a list of language codes such as `[en, es]`';
  if (expected === 'object') return 'a group of named fields';
  if (expected === 'array') return 'a list';
  if (expected === 'string') return 'a text';
  if (expected === 'number') return 'a number';
  return `a ${expected}`;
}

function allowedHint(path: FlowPath): string {
  const parent = path[path.length - 1];
  const grand = path[path.length - 2];
  if (grand === 'nodes') return ' (a node may have do, set, say, ask, routes, other, goto, end, when)';
  if (grand === 'routes')
    return ' (a route may have number, words, yes, no, pattern, location, any, set, do, say, goto)';
  if (parent === 'other') return ' (other has say, retries, then)';
  if (grand === 'keywords') return ' (a keyword may have words, contains, say, goto)';
  if (path.length === 0)
    return ' (a flow has name, languages, start, start_language, switch_language, yes_words, no_words, keywords, labels, nodes)';
  return '';
}
