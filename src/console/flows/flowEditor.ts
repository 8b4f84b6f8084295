import { createHash } from 'node:crypto';
import { hasErrors, type Finding } from '../../flow/finding';
import type { FlowDraft, FlowFiles, FlowRevision, FlowRevisionStore } from '../../flowStore/flowRevisionStore';
import { summariseCheck } from '../../flowStore/revisionCheck';
import { checkDraft, draftEngine, optOutsNotCaught, type DraftDeps } from './draftFlows';
import { runDraftTests, type DraftTestReport } from './draftFlowTests';
import { mergeDraft } from './draftMerge';

/** What a member is editing: their draft, or the published revision when they have none. */
export interface WorkingCopy {
  files: FlowFiles;
  baseRevision: number;
  /** True when this is the member's saved draft. */
  isDraft: boolean;
  savedAt?: string;
  /** Changes whenever the copy's files or base change: a save names the version it was made on (see editDraft). */
  version: string;
}

/** A save made on a version of the working copy that is no longer the current one (another tab, another person). */
export class DraftChangedError extends Error {
  override readonly name = 'DraftChangedError';
  constructor(message = 'Not saved: this draft was changed in another tab or by someone else. Reload to see it.') {
    super(message);
  }
}

/** What the page says when a draft was not thrown away because it changed since the member last saw it. */
export const NOT_DISCARDED =
  'Not thrown away: your draft was changed in another tab or by someone else since you chose. It is kept: ' +
  'look at it on Texts or Flow, then choose again.';

/** Bringing a draft up to date: the live revision it now starts from, or what both sides changed. */
export type DraftUpdate =
  | { ok: true; baseRevision: number; version: string; changed: boolean }
  | { ok: false; live: number; conflicts: string[] };

/** Why a publish is refused, in words the page can show, with the details behind them. */
export interface PublishGate {
  ok: boolean;
  reasons: string[];
  findings: Finding[];
  tests?: DraftTestReport;
}

/** A publish or rollback: the new revision, or the refusal (`stale` when the draft's base is no longer live). */
export type PublishOutcome =
  | { ok: true; revision: FlowRevision }
  | {
      ok: false;
      gate: PublishGate;
      stale?: { baseRevision: number; live: number };
      /** The version of the working copy refused as stale: the page throws it away (or not) on this version. */
      draftVersion?: string;
    };

/** The version of a working copy: a digest of its base revision and every file, in path order. */
export function draftVersion(baseRevision: number, files: FlowFiles): string {
  const hash = createHash('sha256').update(`${baseRevision}\0`);
  for (const path of Object.keys(files).sort()) hash.update(`${path}\0${files[path]}\0`);
  return hash.digest('base64url').slice(0, 16);
}

/** Why a draft from `base` may not be published over `live`, and what to do, in the words the page shows. */
export function staleDraftMessage(base: number, live: number): string {
  const since = live === base + 1 ? `Revision #${live} was` : `Revisions #${base + 1} to #${live} were`;
  return (
    `${since} published after you started this draft (from #${base}); publishing it now would undo ` +
    `${live === base + 1 ? 'that change' : 'those changes'}. Bring your draft up to date with #${live} first, ` +
    `or throw it away and start a fresh draft from the live version.`
  );
}

/** The queue every publish and rollback waits in (staff ids are `st_...`, so it cannot be a member's). */
const PUBLISHING = ' publishing';

/** The flows section's logic over the store: drafts, the publish gate, publish and rollback. */
export class FlowEditor {
  /**
   * Each member's draft changes, and every publish, run one at a time in this process, so two tabs on one process
   * wait for each other instead of failing. Across processes the store's compare-and-set decides (saveDraftIf,
   * publishIf): the loser gets DraftChangedError or the stale refusal.
   */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    readonly store: FlowRevisionStore,
    private readonly deps: DraftDeps,
  ) {}

  /** The member's draft, or the published revision; undefined only before the store is seeded. */
  async workingCopy(author: string): Promise<WorkingCopy | undefined> {
    return (await this.readCopy(author))?.copy;
  }

  /** The working copy and the stored draft it came from (undefined: none), the condition of a save or publish. */
  private async readCopy(author: string): Promise<{ copy: WorkingCopy; draft?: FlowDraft } | undefined> {
    const draft = await this.store.draft(author);
    if (draft) {
      const { files, baseRevision, savedAt } = draft;
      return {
        copy: { files, baseRevision, isDraft: true, savedAt, version: draftVersion(baseRevision, files) },
        draft,
      };
    }
    const published = await this.store.published();
    return (
      published && {
        copy: {
          files: published.files,
          baseRevision: published.number,
          isDraft: false,
          version: draftVersion(published.number, published.files),
        },
      }
    );
  }

  /**
   * Changes the member's working copy with `edit` and saves it as their draft, all while no other change of theirs
   * runs; throws DraftChangedError when `expected` is not the copy's version (or there is no copy yet), or when the
   * stored draft changed between the read and the save (another process saved it).
   */
  async editDraft(
    author: string,
    expected: string,
    edit: (copy: WorkingCopy) => { files: FlowFiles; baseRevision: number },
  ): Promise<FlowDraft & { version: string }> {
    return this.oneAtATime(author, async () => {
      const read = await this.readCopy(author);
      if (!read || read.copy.version !== expected) throw new DraftChangedError();
      const { files, baseRevision } = edit(read.copy);
      const draft: FlowDraft = { author, files, baseRevision, savedAt: new Date().toISOString() };
      if (!(await this.store.saveDraftIf(draft, read.draft))) throw new DraftChangedError();
      return { ...draft, version: draftVersion(baseRevision, files) };
    });
  }

  /** The files of the revision the member's working copy started from (to tell their wording changes apart). */
  async baseFiles(copy: WorkingCopy): Promise<FlowFiles | undefined> {
    return (await this.store.revision(copy.baseRevision))?.files;
  }

  /**
   * Throws the member's draft away when `expected` is still its version (their working copy is then the live
   * revision again); otherwise throws DraftChangedError and keeps it, so a change made in another tab since the
   * member chose is never lost unseen. Another process saving between the check and the delete is not caught: the
   * store has no compare-and-delete yet (/tmp/findings/console-patches.md).
   */
  async discardDraft(author: string, expected: string): Promise<void> {
    await this.oneAtATime(author, async () => {
      const read = await this.readCopy(author);
      if (!read || read.copy.version !== expected) throw new DraftChangedError(NOT_DISCARDED);
      // Deleted only while it is still the draft just read: another web process may have saved since (deleteDraftIf).
      if (read.draft && !(await this.store.deleteDraftIf(author, read.draft))) {
        throw new DraftChangedError(NOT_DISCARDED);
      }
    });
  }

  /**
   * Brings the member's draft onto the live revision when it was started from an older one: the changes of both are
   * kept (see mergeDraft), or nothing changes and the conflicts are named. Undefined before the store is seeded.
   */
  async updateDraft(author: string): Promise<DraftUpdate | undefined> {
    return this.oneAtATime(author, async () => {
      const [draft, live] = await Promise.all([this.store.draft(author), this.store.published()]);
      if (!live) return undefined;
      if (!draft || draft.baseRevision === live.number) {
        const copy = (await this.workingCopy(author))!;
        return { ok: true as const, baseRevision: live.number, version: copy.version, changed: false };
      }
      const base = await this.store.revision(draft.baseRevision);
      const merged = base
        ? mergeDraft(base.files, draft.files, live.files)
        : { ok: false as const, conflicts: [`Revision #${draft.baseRevision} cannot be read.`] };
      if (!merged.ok) return { ok: false as const, live: live.number, conflicts: merged.conflicts };
      const saved = await this.store.saveDraftIf({ ...draft, files: merged.files, baseRevision: live.number }, draft);
      if (!saved) throw new DraftChangedError();
      const version = draftVersion(live.number, merged.files);
      return { ok: true as const, baseRevision: live.number, version, changed: true };
    });
  }

  /** Runs `fn` after every earlier call with the same key has settled. */
  private oneAtATime<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const settled = run.catch(() => undefined);
    this.queues.set(key, settled);
    // Forget the queue once it is idle, so the map holds only members saving right now.
    void settled.then(() => this.queues.get(key) === settled && this.queues.delete(key));
    return run;
  }

  /**
   * What stands in the way of publishing `files`: checker errors (the crisis corpora included), a carrier opt-out
   * word no longer honoured, or a failing flow test. `withTests: false` skips the tests (a rollback to a revision
   * that passed them when it was made). `base`, the revision the draft started from, tells a wording change from
   * other failures (see runDraftTests).
   */
  async gate(files: FlowFiles, withTests = true, base?: FlowFiles): Promise<PublishGate> {
    const findings = checkDraft(files, this.deps);
    const reasons: string[] = [];
    const errors = findings.filter((f) => f.severity === 'error');
    const crisis = errors.filter((f) => f.rule === 'crisis-corpus');
    if (crisis.length) reasons.push(`${crisis.length} crisis phrasing(s) from flows/safety would no longer be caught.`);
    if (errors.length > crisis.length) reasons.push(checkerReason(errors.filter((f) => f.rule !== 'crisis-corpus')));
    const { engine } = hasErrors(findings) ? { engine: undefined } : draftEngine(files, this.deps);
    if (engine) {
      const missed = optOutsNotCaught(engine);
      if (missed.length) reasons.push(`These opt-out words would no longer stop texts: ${missed.join(', ')}.`);
    }
    let tests: DraftTestReport | undefined;
    if (withTests && engine) {
      tests = await runDraftTests(files, this.deps, base);
      if (tests.failed.length)
        reasons.push(`${tests.failed.length} flow test(s) fail: ${tests.failed.map((f) => f.case).join('; ')}.`);
      for (const e of tests.errors) reasons.push(e);
    }
    return { ok: reasons.length === 0, reasons, findings, tests };
  }

  /**
   * Publishes the member's working copy as a new revision when the gate allows, and drops their draft. A draft
   * started from a revision that is no longer the live one is refused (`stale`): publishing it whole would silently
   * undo what was published since.
   */
  async publish(author: string, note: string): Promise<PublishOutcome | undefined> {
    return this.oneAtATime(author, () =>
      this.oneAtATime(PUBLISHING, async (): Promise<PublishOutcome | undefined> => {
        const read = await this.readCopy(author);
        if (!read) return undefined;
        const { copy, draft } = read;
        const live = await this.store.publishedNumber();
        // Refused before the gate when already stale; publishIf below catches what is published during the gate.
        if (copy.isDraft && live !== undefined && copy.baseRevision !== live)
          return staleOutcome(copy.baseRevision, live, copy.version);
        const gate = await this.gate(copy.files, true, await this.baseFiles(copy));
        if (!gate.ok) return { ok: false, gate };
        const check = summariseCheck(gate.findings);
        // Only on the revision the copy starts from, so a publish by another process cannot be undone; the draft is
        // forgotten only if it is still the one published (a save from another tab meanwhile stays).
        const revision = await this.store.publishIf(
          { files: copy.files, author, note, check },
          copy.baseRevision,
          draft,
        );
        if (!revision) {
          const live = (await this.store.publishedNumber()) ?? copy.baseRevision;
          // Refused with the live revision unmoved (a revision file a crash left behind, in the folder store): no
          // "published after you started" to tell, only that nothing was written.
          if (live === copy.baseRevision) return notWritten();
          return staleOutcome(copy.baseRevision, live, copy.version);
        }
        return { ok: true, revision };
      }),
    );
  }

  /** Publishes a copy of revision `n` as a new revision (refused only when the checker now finds an error). */
  async rollback(author: string, n: number, note: string): Promise<PublishOutcome | undefined> {
    return this.oneAtATime(PUBLISHING, async (): Promise<PublishOutcome | undefined> => {
      const old = await this.store.revision(n);
      if (!old) return undefined;
      const gate = await this.gate(old.files, false);
      if (!gate.ok) return { ok: false, gate };
      const revision = await this.store.publish({
        files: old.files,
        author,
        note: note || `Rollback to revision ${n}`,
        check: summariseCheck(gate.findings),
      });
      return { ok: true, revision };
    });
  }
}

/**
 * The checker's errors as a reason staff read: how many, and the first one where it is ("line 328 of
 * recovery.yaml"), in the checker's own plain words; the rule's code last, for whoever looks it up in flows/README.
 * The page lists every one with a link to its line (publish.ts), from the refusal's findings.
 */
function checkerReason(errors: Finding[]): string {
  const [first] = errors;
  const count = errors.length === 1 ? 'a problem' : `${errors.length} problems`;
  return `The checker found ${count} to fix first. On line ${first.line} of ${first.file}: ${first.message} (${first.rule})`;
}

/** A publish the store refused though the live revision did not move: nothing written; it may be tried again. */
function notWritten(): PublishOutcome {
  const reason = 'The new revision could not be written, and nothing was published. Try Publish again in a moment.';
  return { ok: false, gate: { ok: false, reasons: [reason], findings: [] } };
}

/** The refusal of a draft started from `baseRevision` while `live` is published (see staleDraftMessage). */
function staleOutcome(baseRevision: number, live: number, draftVersion: string): PublishOutcome {
  return {
    ok: false,
    gate: { ok: false, reasons: [staleDraftMessage(baseRevision, live)], findings: [] },
    stale: { baseRevision, live },
    draftVersion,
  };
}
