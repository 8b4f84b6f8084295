import { formatFinding, hasErrors, type Finding } from '../../flow/finding';
import type { FlowDraft, FlowFiles, FlowRevision, FlowRevisionStore } from '../../flowStore/flowRevisionStore';
import { summariseCheck } from '../../flowStore/revisionCheck';
import { checkDraft, draftEngine, optOutsNotCaught, type DraftDeps } from './draftFlows';
import { runDraftTests, type DraftTestReport } from './draftFlowTests';

/** What a member is editing: their draft, or the published revision when they have none. */
export interface WorkingCopy {
  files: FlowFiles;
  baseRevision: number;
  /** True when this is the member's saved draft. */
  isDraft: boolean;
  savedAt?: string;
}

/** Why a publish is refused, in words the page can show, with the details behind them. */
export interface PublishGate {
  ok: boolean;
  reasons: string[];
  findings: Finding[];
  tests?: DraftTestReport;
}

/** A publish or rollback: the new revision, or the refusal. */
export type PublishOutcome = { ok: true; revision: FlowRevision } | { ok: false; gate: PublishGate };

/** The flows section's logic over the store: drafts, the publish gate, publish and rollback. */
export class FlowEditor {
  constructor(
    readonly store: FlowRevisionStore,
    private readonly deps: DraftDeps,
  ) {}

  /** The member's draft, or the published revision; undefined only before the store is seeded. */
  async workingCopy(author: string): Promise<WorkingCopy | undefined> {
    const draft = await this.store.draft(author);
    if (draft) return { files: draft.files, baseRevision: draft.baseRevision, isDraft: true, savedAt: draft.savedAt };
    const published = await this.store.published();
    return published && { files: published.files, baseRevision: published.number, isDraft: false };
  }

  /** Saves the member's draft (replacing the last one). */
  async saveDraft(author: string, files: FlowFiles, baseRevision: number): Promise<FlowDraft> {
    const draft: FlowDraft = { author, files, baseRevision, savedAt: new Date().toISOString() };
    await this.store.saveDraft(draft);
    return draft;
  }

  /**
   * What stands in the way of publishing `files`: checker errors (the crisis corpora included), a carrier opt-out
   * word no longer honoured, or a failing flow test. `withTests: false` skips the tests (a rollback to a revision
   * that passed them when it was made).
   */
  async gate(files: FlowFiles, withTests = true): Promise<PublishGate> {
    const findings = checkDraft(files, this.deps);
    const reasons: string[] = [];
    const errors = findings.filter((f) => f.severity === 'error');
    const crisis = errors.filter((f) => f.rule === 'crisis-corpus');
    if (crisis.length) reasons.push(`${crisis.length} crisis phrasing(s) from flows/safety would no longer be caught.`);
    if (errors.length > crisis.length)
      reasons.push(
        `The checker reports ${errors.length - crisis.length} error(s): ${formatFinding(errors.find((f) => f.rule !== 'crisis-corpus')!)}`,
      );
    const { engine } = hasErrors(findings) ? { engine: undefined } : draftEngine(files, this.deps);
    if (engine) {
      const missed = optOutsNotCaught(engine);
      if (missed.length) reasons.push(`These opt-out words would no longer stop texts: ${missed.join(', ')}.`);
    }
    let tests: DraftTestReport | undefined;
    if (withTests && engine) {
      tests = await runDraftTests(files, this.deps);
      if (tests.failed.length)
        reasons.push(`${tests.failed.length} flow test(s) fail: ${tests.failed.map((f) => f.case).join('; ')}.`);
      for (const e of tests.errors) reasons.push(e);
    }
    return { ok: reasons.length === 0, reasons, findings, tests };
  }

  /** Publishes the member's working copy as a new revision when the gate allows, and drops their draft. */
  async publish(author: string, note: string): Promise<PublishOutcome | undefined> {
    const copy = await this.workingCopy(author);
    if (!copy) return undefined;
    const gate = await this.gate(copy.files);
    if (!gate.ok) return { ok: false, gate };
    const revision = await this.store.publish({
      files: copy.files,
      author,
      note,
      check: summariseCheck(gate.findings),
    });
    await this.store.deleteDraft(author);
    return { ok: true, revision };
  }

  /** Publishes a copy of revision `n` as a new revision (refused only when the checker now finds an error). */
  async rollback(author: string, n: number, note: string): Promise<PublishOutcome | undefined> {
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
  }
}
