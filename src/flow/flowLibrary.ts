import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log/logger';
import { hasErrors, type Finding } from './finding';
import { checkParsedFlows, type CheckOptions } from './flowChecker';
import { flowPathsOf, listFlowFiles } from './flowFiles';
import { parseFlowFile, parseFlowSource, type ParsedFlow } from './flowParser';
import { KEPT_FLOW_VERSIONS, type LoadedFlow, type FlowSource } from './loadedFlow';

/** No valid flow set could be loaded; `findings` says why, file by file. */
export class FlowLoadError extends Error {
  constructor(
    readonly dir: string,
    readonly findings: Finding[],
  ) {
    super(
      `No valid flows could be loaded from ${dir}:\n` +
        findings
          .filter((f) => f.severity === 'error')
          .map((f) => `  ${f.file}:${f.line}:${f.column} ${f.rule}: ${f.message}`)
          .join('\n'),
    );
    this.name = 'FlowLoadError';
  }
}

/** Options of FlowLibrary.open. */
export interface FlowLibraryOptions {
  /** The folder of flow files (FLOWS_DIR). */
  dir: string;
  log: Logger;
  /** Called on each flow of a candidate set before it goes live (the engine compiles it); a throw refuses the set. */
  verify?: (loaded: LoadedFlow) => void;
  /** How many versions to keep for people mid-conversation (default KEPT_FLOW_VERSIONS). */
  keepVersions?: number;
  /** How long to wait after the last change on disk before reloading, in ms (default 300). */
  debounceMs?: number;
  /** What the checker must know of the runtime (src/engine/runtimeCheck.ts; tests may pass their own). */
  check: CheckOptions;
}

/** What a reload did: whether the new set went live, and every finding (warnings too). */
export interface ReloadResult {
  ok: boolean;
  findings: Finding[];
}

/** Lets the event loop run what waits (texters' Redis replies, requests) before the next step of a load. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Parsed flows that passed the checker, as the library holds them. */
function candidatesOf(parsed: readonly ParsedFlow[]): LoadedFlow[] {
  return parsed.map((p) => ({ id: p.id, version: p.version, file: p.file, flow: p.flow! }));
}

/** The flow new conversations start on when a folder holds several. */
const ENTRY_FLOW_ID = 'recovery';

/**
 * The flows the line serves, read from a folder, checked, and swapped whole on a valid change:
 * an edit goes live within seconds (watch or SIGHUP), a broken edit is refused and logged while
 * the last good set keeps serving, and recent versions stay available for people mid-conversation.
 */
export class FlowLibrary implements FlowSource {
  private current: LoadedFlow[] = [];
  /** Every version that went live, oldest first, keyed `id@version`. */
  private readonly versions = new Map<string, LoadedFlow>();
  private watcher: FSWatcher | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private signalHandler: (() => void) | undefined;
  private readonly listeners: Array<(flows: readonly LoadedFlow[]) => void> = [];

  private constructor(private readonly opts: FlowLibraryOptions) {}

  /** Loads and checks the folder; throws FlowLoadError when no valid flow set can be loaded. */
  static async open(opts: FlowLibraryOptions): Promise<FlowLibrary> {
    const library = new FlowLibrary(opts);
    const result = library.reload();
    if (!result.ok) throw new FlowLoadError(opts.dir, result.findings);
    return library;
  }

  /**
   * Loads and checks a flow set given in memory (a stored revision: path -> YAML; only top-level `.yaml` files are
   * flows, `tests/...` are skipped) instead of reading the folder; throws FlowLoadError when it is not valid.
   */
  static async openFiles(opts: FlowLibraryOptions, files: Readonly<Record<string, string>>): Promise<FlowLibrary> {
    const library = new FlowLibrary(opts);
    const result = library.loadFiles(files);
    if (!result.ok) throw new FlowLoadError(opts.dir, result.findings);
    return library;
  }

  /** Like openFiles, without a promise: returns the FlowLoadError instead of throwing it (tools and the console). */
  /**
   * As openFilesSync, in loadFilesInSteps' steps with the event loop free between them: for a staff request (Tests,
   * Publish) in a web process that answers texts meanwhile.
   */
  static async openFilesInSteps(
    opts: FlowLibraryOptions,
    files: Readonly<Record<string, string>>,
  ): Promise<FlowLibrary | FlowLoadError> {
    const library = new FlowLibrary(opts);
    const result = await library.loadFilesInSteps(files);
    return result.ok ? library : new FlowLoadError(opts.dir, result.findings);
  }

  static openFilesSync(opts: FlowLibraryOptions, files: Readonly<Record<string, string>>): FlowLibrary | FlowLoadError {
    const library = new FlowLibrary(opts);
    const result = library.loadFiles(files);
    return result.ok ? library : new FlowLoadError(opts.dir, result.findings);
  }

  /** The flow new conversations start on: `recovery` if present, else the first by file name. */
  entry(): LoadedFlow {
    const flow = this.current.find((f) => f.id === ENTRY_FLOW_ID) ?? this.current[0];
    if (!flow) throw new FlowLoadError(this.opts.dir, []);
    return flow;
  }

  /** A flow by id and version, current or kept from before; undefined once that version was dropped. */
  get(id: string, version: string): LoadedFlow | undefined {
    return this.versions.get(`${id}@${version}`);
  }

  /** True once a valid flow set is serving. */
  isReady(): boolean {
    return this.current.length > 0;
  }

  /** The flows serving now, by file name. */
  flows(): readonly LoadedFlow[] {
    return this.current;
  }

  /** Calls `listener` with the new set each time a reload puts one live. */
  onChange(listener: (flows: readonly LoadedFlow[]) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Reads and checks the whole folder now. Any error refuses the whole change (logged with the
   * checker's file:line messages) and the last good set keeps serving; otherwise the new set goes live.
   */
  reload(): ReloadResult {
    return this.guarded(() => this.reloadUnsafe());
  }

  /**
   * Checks a flow set given in memory (path -> YAML, as a stored revision holds it) exactly as `reload` checks
   * the folder: a set with any error is refused and the last good set keeps serving.
   */
  loadFiles(files: Readonly<Record<string, string>>): ReloadResult {
    return this.guarded(() => {
      const parsed = this.parseFiles(files);
      return parsed.length ? this.adopt(parsed) : this.refuse([this.noFlows(this.opts.dir)]);
    });
  }

  /**
   * loadFiles in three steps with the event loop free between them (parse; check; build and swap), for a web
   * process that follows publishes while it answers texts. Each step of the shipped flow is a hundred-odd ms of CPU;
   * done as one, a texter's Redis reply waiting behind it timed out (ioredis's 500 ms) into "we are having trouble".
   */
  async loadFilesInSteps(files: Readonly<Record<string, string>>): Promise<ReloadResult> {
    let parsed: ParsedFlow[] = [];
    const read = this.guarded(() => {
      parsed = this.parseFiles(files);
      return parsed.length ? { ok: true, findings: [] } : this.refuse([this.noFlows(this.opts.dir)]);
    });
    if (!read.ok) return read;
    await nextTurn();
    const checked = this.guarded(() => this.check(parsed));
    if (!checked.ok) return checked;
    await nextTurn();
    return this.guarded(() => this.putLive(candidatesOf(parsed), checked.findings));
  }

  /** A set held in memory parsed, its flow files only (flowPathsOf); empty when it holds none. */
  private parseFiles(files: Readonly<Record<string, string>>): ParsedFlow[] {
    return flowPathsOf(files).map((p) => parseFlowSource(join(this.opts.dir, p), files[p]));
  }

  private guarded(load: () => ReloadResult): ReloadResult {
    try {
      return load();
    } catch (err) {
      // A bug in the checker must not take the line down: refuse the change, keep serving.
      return this.refuse([
        {
          file: this.opts.dir,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'check-failed',
          message: `The flow check itself failed (${(err as Error).message}). The last good flows keep serving; tell a developer.`,
        },
      ]);
    }
  }

  private reloadUnsafe(): ReloadResult {
    const { dir } = this.opts;
    let files: string[];
    try {
      files = listFlowFiles(dir);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
      return this.refuse([
        {
          file: dir,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'unreadable',
          message: `The flows folder cannot be read (${code}). Check FLOWS_DIR.`,
        },
      ]);
    }
    if (files.length === 0) return this.refuse([this.noFlows(dir)]);
    return this.adopt(files.map((f) => parseFlowFile(f)));
  }

  private noFlows(dir: string): Finding {
    return {
      file: dir,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'no-flows',
      message: 'The flows folder holds no .yaml flow file. Put the flows back (git has them).',
    };
  }

  /** Checks parsed flows and puts them live when nothing is wrong; otherwise refuses them. */
  private adopt(parsed: ParsedFlow[]): ReloadResult {
    const checked = this.check(parsed);
    return checked.ok ? this.putLive(candidatesOf(parsed), checked.findings) : checked;
  }

  /** The checker over parsed flows: every finding, and refused (logged) when any is an error. */
  private check(parsed: ParsedFlow[]): ReloadResult {
    const findings = checkParsedFlows(parsed, this.opts.check);
    return hasErrors(findings) ? this.refuse(findings) : { ok: true, findings };
  }

  /** Builds each flow of a checked set (`verify`) and swaps the set in; a flow that cannot be built refuses it. */
  private putLive(candidate: LoadedFlow[], findings: Finding[]): ReloadResult {
    const { log } = this.opts;
    for (const loaded of candidate) {
      try {
        this.opts.verify?.(loaded);
      } catch (err) {
        findings.push({
          file: loaded.file,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'compile',
          message: `The flow could not be built: ${(err as Error).message}. Run npm run flows:check and fix what it reports.`,
        });
        return this.refuse(findings);
      }
    }
    const changed =
      candidate.map((f) => `${f.id}@${f.version}`).join(',') !==
      this.current.map((f) => `${f.id}@${f.version}`).join(',');
    this.current = candidate;
    for (const loaded of candidate) {
      const key = `${loaded.id}@${loaded.version}`;
      this.versions.delete(key); // re-insert so a version going live again counts as recent
      this.versions.set(key, loaded);
    }
    this.trimVersions();
    // Warnings do not stop anything; staff see them with npm run flows:check.
    for (const f of findings)
      log.debug({ file: f.file, line: f.line, column: f.column, rule: f.rule, message: f.message }, 'flow warning');
    if (changed) {
      log.info(
        { flows: candidate.map((f) => ({ id: f.id, version: f.version })), warnings: findings.length },
        'flows loaded',
      );
      for (const listener of this.listeners) {
        try {
          listener(candidate);
        } catch (err) {
          log.error({ err: (err as Error).message }, 'a flows listener failed');
        }
      }
    }
    return { ok: true, findings };
  }

  /** Reloads a moment after any change in the folder (editors write files in several steps). */
  watch(): void {
    if (this.watcher) return;
    const delay = this.opts.debounceMs ?? 300;
    this.watcher = watch(this.opts.dir, { persistent: false }, () => {
      if (this.debounce) clearTimeout(this.debounce);
      this.debounce = setTimeout(() => {
        this.debounce = undefined;
        this.reload();
      }, delay);
    });
    this.watcher.on('error', (err) =>
      this.opts.log.error({ dir: this.opts.dir, err: err.message }, 'flows folder watch failed; SIGHUP still reloads'),
    );
  }

  /** Reloads on SIGHUP (`kill -HUP <pid>`), for hosts where file watching is unreliable. */
  reloadOnSignal(): void {
    if (this.signalHandler) return;
    this.signalHandler = () => {
      this.opts.log.info({ dir: this.opts.dir }, 'SIGHUP: reloading flows');
      this.reload();
    };
    process.on('SIGHUP', this.signalHandler);
  }

  /** Stops watching and listening for SIGHUP; the loaded flows stay readable. */
  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = undefined;
    if (this.signalHandler) process.off('SIGHUP', this.signalHandler);
    this.signalHandler = undefined;
  }

  private refuse(findings: Finding[]): ReloadResult {
    const { log, dir } = this.opts;
    // Findings name files, lines, rules and flow words only: nothing about any texter.
    for (const f of findings) {
      const entry = { file: f.file, line: f.line, column: f.column, rule: f.rule, message: f.message };
      if (f.severity === 'error') log.error(entry, 'flow refused');
      else log.warn(entry, 'flow warning');
    }
    log.error(
      {
        dir,
        errors: findings.filter((f) => f.severity === 'error').length,
        serving: this.current.map((f) => `${f.id}@${f.version}`),
      },
      this.current.length ? 'flow change refused; the last good flows keep serving' : 'no valid flows to serve',
    );
    return { ok: false, findings };
  }

  /** Drops the oldest versions beyond `keepVersions`, never one serving now. */
  private trimVersions(): void {
    const keep = Math.max(this.opts.keepVersions ?? KEPT_FLOW_VERSIONS, this.current.length);
    const live = new Set(this.current.map((f) => `${f.id}@${f.version}`));
    for (const key of [...this.versions.keys()]) {
      if (this.versions.size <= keep) break;
      if (!live.has(key)) this.versions.delete(key);
    }
  }
}
