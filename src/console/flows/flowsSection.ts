import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { flowToMermaid } from '../../flow/flowDiagram';
import { parseFlowSource } from '../../flow/flowParser';
import { isFlowPath, isTestPath } from '../../flowStore/flowFolderFiles';
import type { FlowFiles, FlowRevisionStore } from '../../flowStore/flowRevisionStore';
import type { Logger } from '../../log/logger';
import type { ConsoleHost, ConsoleSection } from '../consoleHost';
import { checkDraft, type DraftDeps } from './draftFlows';
import { acceptWording, runDraftTests } from './draftFlowTests';
import { revisionRoutes } from './revisionRoutes';
import { MAX_SIMULATED_TEXTS, simulateDraft } from './draftSimulator';
import { DraftChangedError, FlowEditor, type PublishOutcome } from './flowEditor';
import { listFlowTexts, setFlowText, TextChangeError, textVersion } from './flowTexts';

/** What the flows section needs from the server (src/server.ts's Conversation has `flowStore` and `directory`). */
export interface FlowsSectionDeps extends DraftDeps {
  store: FlowRevisionStore;
  log: Logger;
}

/** Largest flow or test file a draft may hold, and most files. */
const MAX_FILE_CHARS = 512 * 1024;
// The shipped flow has 65 files (its tests grow each session): room for years of them, still a bound on one request.
const MAX_FILES = 256;

const filesSchema = z
  .record(
    z.string().refine((p) => isFlowPath(p) || isTestPath(p), 'a path is a top-level .yaml or tests/*.yaml'),
    z.string().max(MAX_FILE_CHARS),
  )
  .refine((f) => Object.keys(f).length <= MAX_FILES, `at most ${MAX_FILES} files`)
  .refine((f) => Object.keys(f).some(isFlowPath), 'at least one flow file (a top-level .yaml)');
/** The working copy's version a save was made on (GET /draft and GET /texts give it; each save returns the next). */
const draftVersion = z.string().min(1).max(64);
// baseRevision is still accepted from older pages but not trusted: the draft's base is the server's to know.
const draftBody = z.object({ files: filesSchema, baseRevision: z.number().int().positive().optional(), draftVersion });
const versionBody = z.object({ draftVersion });
const noteBody = z.object({ note: z.string().max(500).default('') });
const rollbackBody = z.object({ revision: z.number().int().positive(), note: z.string().max(500).default('') });
const textBody = z.object({
  file: z.string(),
  path: z
    .array(z.union([z.string(), z.number().int().min(0)]))
    .min(1)
    .max(20),
  lang: z.string().min(1).max(10),
  text: z.string().min(1).max(1600),
  draftVersion,
});
const simulateBody = z.object({
  texts: z.array(z.string().max(1600)).min(1).max(MAX_SIMULATED_TEXTS),
  language: z.string().max(10).optional(),
  zip: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
});

/**
 * The console's flows section, a JSON API at `/console/flows` (the console helper's pages call it):
 * draft (GET, PUT, DELETE), draft/update, revisions (list, download, what changed), publish, rollback, check,
 * texts (GET, PUT), diagram, simulate, test and accept-wording. Editors draft and try; publishers also publish and
 * roll back; each change is audited. Every save or discard names the draft version it was made on and is refused
 * (409) when it is stale.
 */
export function createFlowsSection(host: ConsoleHost, deps: FlowsSectionDeps): ConsoleSection {
  const editor = new FlowEditor(deps.store, deps);
  const router = express.Router();
  router.use(express.json({ limit: '4mb' }));
  const author = (req: Request) => host.staffOf(req).id;
  /** The member's working copy, or a 503 while the store has nothing (not seeded yet, or unreachable). */
  const copyOr503 = async (req: Request, res: Response) => {
    const copy = await editor.workingCopy(author(req));
    if (!copy) res.status(503).json({ error: 'The flow store holds no revision yet; try again in a moment.' });
    return copy;
  };
  /** Saves `edit` of the member's working copy when `expected` is its version (else DraftChangedError: a 409). */
  const editAndAudit = async (
    req: Request,
    expected: string,
    edit: (copy: { files: FlowFiles; baseRevision: number }) => FlowFiles,
  ) => {
    const draft = await editor.editDraft(author(req), expected, (copy) => ({
      files: edit(copy),
      baseRevision: copy.baseRevision,
    }));
    await host.audit(req, { action: 'flow.draft.save', detail: { baseRevision: draft.baseRevision } });
    return draft;
  };

  router.get('/draft', host.requireRole('editor'), async (req, res) => {
    const copy = await copyOr503(req, res);
    if (!copy) return;
    const { version, ...rest } = copy;
    res.json({ store: deps.store.kind, published: await deps.store.publishedNumber(), ...rest, draftVersion: version });
  });

  router.put('/draft', host.requireRole('editor'), async (req, res) => {
    const body = parse(draftBody, req.body, res);
    if (!body) return;
    const draft = await editAndAudit(req, body.draftVersion, () => body.files);
    res.json({ savedAt: draft.savedAt, baseRevision: draft.baseRevision, draftVersion: draft.version });
  });

  router.delete('/draft', host.requireRole('editor'), async (req, res) => {
    // Like a save, a discard names the version the member chose on: a draft changed since is kept (409).
    const body = parse(versionBody, req.body ?? {}, res);
    if (!body) return;
    await editor.discardDraft(author(req), body.draftVersion);
    await host.audit(req, { action: 'flow.draft.discard' });
    const copy = await copyOr503(req, res);
    if (copy) res.json({ baseRevision: copy.baseRevision, draftVersion: copy.version });
  });

  router.post('/draft/update', host.requireRole('editor'), async (req, res) => {
    const update = await editor.updateDraft(author(req));
    if (!update) return void res.status(503).json({ error: 'The flow store holds no revision yet; try again.' });
    if (!update.ok) {
      res.status(409).json({
        error:
          `Your draft and revision #${update.live} changed the same parts, so they cannot be put together ` +
          'by themselves. Note your changes, throw the draft away, and make them again on the live version.',
        conflicts: update.conflicts,
      });
      return;
    }
    if (update.changed)
      await host.audit(req, { action: 'flow.draft.update', detail: { baseRevision: update.baseRevision } });
    res.json({ baseRevision: update.baseRevision, draftVersion: update.version, changed: update.changed });
  });

  router.use(revisionRoutes(host, deps.store));

  router.post('/publish', host.requireRole('publisher'), async (req, res) => {
    const body = parse(noteBody, req.body ?? {}, res);
    if (!body) return;
    const outcome = await editor.publish(author(req), body.note);
    await answerPublish(req, res, outcome, 'flow.publish');
  });

  router.post('/rollback', host.requireRole('publisher'), async (req, res) => {
    const body = parse(rollbackBody, req.body, res);
    if (!body) return;
    const outcome = await editor.rollback(author(req), body.revision, body.note);
    await answerPublish(req, res, outcome, 'flow.rollback', body.revision);
  });

  router.post('/check', host.requireRole('editor'), async (req, res) => {
    const copy = await copyOr503(req, res);
    if (copy) res.json({ findings: checkDraft(copy.files, deps) });
  });

  router.get('/texts', host.requireRole('editor'), async (req, res) => {
    const copy = await copyOr503(req, res);
    if (copy) res.json({ texts: listFlowTexts(copy.files), draftVersion: copy.version });
  });

  router.put('/texts', host.requireRole('editor'), async (req, res) => {
    const body = parse(textBody, req.body, res);
    if (!body) return;
    let draft;
    try {
      draft = await editAndAudit(req, body.draftVersion, (copy) => setFlowText(copy.files, body));
    } catch (err) {
      if (!(err instanceof TextChangeError)) throw err;
      res.status(400).json({ error: err.message });
      return;
    }
    res.json({ version: textVersion(body.text), draftVersion: draft.version });
  });

  router.get('/diagram', host.requireRole('editor'), async (req, res) => {
    const copy = await copyOr503(req, res);
    if (!copy) return;
    const diagrams: Record<string, string> = {};
    for (const path of Object.keys(copy.files).filter(isFlowPath).sort()) {
      const parsed = parseFlowSource(path, copy.files[path]);
      if (parsed.flow) diagrams[parsed.id] = flowToMermaid(parsed.flow);
    }
    res.json({ diagrams });
  });

  router.post('/simulate', host.requireRole('editor'), async (req, res) => {
    const body = parse(simulateBody, req.body, res);
    const copy = body && (await copyOr503(req, res));
    if (!body || !copy) return;
    const result = await simulateDraft(copy.files, body, deps);
    res.status(result.turns.length || !result.findings.length ? 200 : 422).json(result);
  });

  router.post('/test', host.requireRole('editor'), async (req, res) => {
    const copy = await copyOr503(req, res);
    if (copy) res.json(await runDraftTests(copy.files, deps, await editor.baseFiles(copy)));
  });

  router.post('/accept-wording', host.requireRole('editor'), async (req, res) => {
    const copy = await copyOr503(req, res);
    if (!copy) return;
    const base = await editor.baseFiles(copy);
    const accepted = await acceptWording(copy.files, deps, base);
    // The tests took seconds: a save made meanwhile (another tab) is not overwritten, the member is told instead.
    const draft = accepted.changed > 0 ? await editAndAudit(req, copy.version, () => accepted.files) : undefined;
    res.json({
      changed: accepted.changed,
      tests: await runDraftTests(accepted.files, deps, base),
      draftVersion: draft?.version ?? copy.version,
    });
  });

  router.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    if (err instanceof DraftChangedError) return void res.status(409).json({ error: err.message, changed: true });
    // Malformed JSON is the client's mistake; anything else is ours, logged without the request's content.
    const status = (err as { status?: number }).status;
    if (status && status >= 400 && status < 500) return void res.status(status).json({ error: 'Bad request body.' });
    deps.log.error({ err: { name: (err as Error)?.name } }, 'flows section failed');
    res.status(500).json({ error: 'Something went wrong; the published flows are unchanged.' });
  });

  async function answerPublish(
    req: Request,
    res: Response,
    outcome: PublishOutcome | undefined,
    action: 'flow.publish' | 'flow.rollback',
    from?: number,
  ): Promise<void> {
    if (!outcome) return void res.status(404).json({ error: 'Nothing to publish: no such revision.' });
    if (!outcome.ok) {
      // Kept in the audit log: a refused publish over a newer revision is worth seeing beside the publish it spared.
      if (outcome.stale) await host.audit(req, { action: 'flow.publish.refused', detail: { ...outcome.stale } });
      res.status(409).json({
        error: outcome.stale
          ? outcome.gate.reasons[0]
          : action === 'flow.rollback'
            ? outcome.gate.reasons.join(' ')
            : 'your draft has something to fix first (below).',
        reasons: outcome.gate.reasons,
        findings: outcome.gate.findings,
        tests: outcome.gate.tests,
        ...(outcome.stale ? { stale: outcome.stale, draftVersion: outcome.draftVersion } : {}),
      });
      return;
    }
    await host.audit(req, { action, detail: { revision: outcome.revision.number, ...(from ? { from } : {}) } });
    deps.log.info({ revision: outcome.revision.number, by: author(req), action }, 'flow revision published');
    res.status(201).json({ revision: outcome.revision.number, createdAt: outcome.revision.createdAt });
  }

  return { path: 'flows', nav: { label: 'Flows', role: 'editor' }, router };
}

/** Parses a body, answering 400 with the first problem when it does not fit. */
function parse<T extends z.ZodTypeAny>(schema: T, body: unknown, res: Response): z.infer<T> | undefined {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  res.status(400).json({ error: `${issue.path.join('.') || 'body'}: ${issue.message}` });
  return undefined;
}
