import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, RequestHandler, Response, Router } from 'express';
import type { ConsoleHost } from '../../consoleHost';
import { authorNames } from '../../staffNames';
import { jsonBody } from '../sectionKit';
import type { DirectoryConsoleStore } from './directoryConsoleStore';
import { applyProgramForm, checkProgramsText, ProgramEditError, programForms } from './programEdits';
import { programsPage } from './programsPage';

/** What the program routes need: the console's store, the directory to reload, and where the bundled file is. */
export interface ProgramRoutesDeps {
  host: ConsoleHost;
  store: DirectoryConsoleStore;
  directory: { refreshNow(): Promise<boolean> };
  bundledDir: string;
  editor: RequestHandler;
  publisher: RequestHandler;
}

/** The program list now: the newest console revision's text, or the bundled programs.yaml (revision 0). */
export async function currentPrograms(
  store: DirectoryConsoleStore,
  bundledDir: string,
): Promise<{ revision: number; text: string }> {
  const latest = await store.programRevision();
  if (latest) return { revision: latest.revision, text: latest.text };
  return { revision: 0, text: readFileSync(join(bundledDir, 'programs.yaml'), 'utf8') };
}

const STALE =
  'Not saved: the program list was changed by someone else since this page opened. Reload to see it (copy your ' +
  'words first).';

/**
 * The Programs page and its API, under the directory section: `GET /programs`, `POST /api/programs/:id` (one
 * program's form), `POST /api/programs-file` (the whole file), `POST /api/programs-restore`, and each revision's
 * YAML at `GET /programs/revisions/:n/download`. Every save names the revision it was made on (`basedOn`); one made
 * on an older revision is refused (409), and a text that fails the catalogue's check is refused (400) with its
 * problems, so texters never get a broken list.
 */
export function programRoutes(router: Router, deps: ProgramRoutesDeps): void {
  const { host, store, bundledDir, editor, publisher } = deps;

  router.get('/programs', editor, async (req, res) => {
    const [{ revision, text }, revisions] = await Promise.all([
      currentPrograms(store, bundledDir),
      store.programRevisions(),
    ]);
    // "By": as on the flow's Revisions page (the member's own "you", e-mails for admins only).
    const names = await authorNames(
      host,
      req,
      revisions.map((r) => r.author),
    );
    const named = revisions.map((r) => ({ ...r, author: names[r.author] }));
    const page = programsPage({
      programs: programForms(text),
      text,
      revision,
      revisions: named,
      staff: host.staffOf(req),
    });
    res.type('html').send(host.renderPage(req, page));
  });

  router.get('/programs/revisions/:n/download', editor, async (req, res) => {
    const n = Number(req.params.n);
    const revision = Number.isInteger(n) && n > 0 ? await store.programRevision(n) : undefined;
    if (!revision) return void res.status(404).json({ error: 'No such revision.' });
    res.type('application/yaml').attachment(`programs-r${revision.revision}.yaml`).send(revision.text);
  });

  router.post('/api/programs/:id', publisher, jsonBody(), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    await save(req, res, deps, body.basedOn, body.note, (text) => applyProgramForm(text, String(req.params.id), body));
  });

  router.post('/api/programs-file', publisher, jsonBody('1mb'), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body.text !== 'string' || !body.text.trim()) {
      return void res.status(400).json({ error: 'The file is empty: nothing was saved.', problems: [] });
    }
    const text = body.text.replace(/\r\n/g, '\n');
    await save(req, res, deps, body.basedOn, body.note, () => {
      checkProgramsText(text);
      return text;
    });
  });

  router.post('/api/programs-restore', publisher, jsonBody(), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const wanted = await store.programRevision(Number(body.revision));
    if (!wanted) return void res.status(404).json({ error: 'No such revision.' });
    await save(req, res, deps, body.basedOn, body.note ?? `back to revision ${wanted.revision}`, () => {
      // Checked again: a revision saved under an older checker must not come back broken.
      checkProgramsText(wanted.text);
      return wanted.text;
    });
  });
}

/** Makes the new text from the current one, saves it as a revision if nobody saved meanwhile, and reloads. */
async function save(
  req: Request,
  res: Response,
  deps: ProgramRoutesDeps,
  basedOn: unknown,
  note: unknown,
  change: (text: string) => string,
): Promise<void> {
  const current = await currentPrograms(deps.store, deps.bundledDir);
  const startedOn = Number(basedOn);
  if (!Number.isInteger(startedOn) || startedOn !== current.revision) {
    return void res.status(409).json({ error: STALE, revision: current.revision });
  }
  let text: string;
  try {
    text = change(current.text);
  } catch (err) {
    if (!(err instanceof ProgramEditError)) throw err;
    const error = `Not saved: ${err.problems.length === 1 ? err.problems[0] : 'the list has problems to fix'}.`;
    return void res.status(400).json({ error, problems: err.problems });
  }
  if (text === current.text) return void res.json({ revision: current.revision, unchanged: true });
  const author = deps.host.staffOf(req).id;
  const noteText = (typeof note === 'string' && note.trim() ? note.trim() : 'changed the program list').slice(0, 200);
  const saved = await deps.store.appendProgramRevision(
    { author, at: new Date().toISOString(), note: noteText, text },
    current.revision,
  );
  if (!saved) return void res.status(409).json({ error: STALE });
  await deps.host.audit(req, { action: 'directory.programs.save', detail: { revision: saved.revision } });
  // This process loads it now; the others see the store's version move within their poll (2 s).
  const loaded = await deps.directory.refreshNow();
  res.status(201).json({ revision: saved.revision, loaded });
}
