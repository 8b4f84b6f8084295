import { Router } from 'express';
import { isFlowPath } from '../../flowStore/flowFolderFiles';
import type { FlowRevisionStore } from '../../flowStore/flowRevisionStore';
import type { ConsoleHost } from '../consoleHost';
import { authorNames } from '../staffNames';
import { revisionChanges } from './revisionChanges';

/**
 * The flows section's read-only revision routes, for editors and up: the list (with who published each, as the
 * member may see them), a revision's file as YAML, and what a revision changed since the one before it.
 */
export function revisionRoutes(host: ConsoleHost, store: FlowRevisionStore): Router {
  const router = Router();
  router.get('/revisions', host.requireRole('editor'), async (req, res) => {
    const [published, revisions] = await Promise.all([store.publishedNumber(), store.revisions()]);
    // `by`: who published, as this member may see them (never an e-mail unless they are an admin).
    const names = await authorNames(
      host,
      req,
      revisions.map((r) => r.author),
    );
    res.json({ published, revisions: revisions.map((r) => ({ ...r, by: names[r.author] })) });
  });

  router.get('/revisions/:n/download', host.requireRole('editor'), async (req, res) => {
    const revision = await store.revision(Number(req.params.n));
    const paths = revision ? Object.keys(revision.files) : [];
    const wanted =
      typeof req.query.path === 'string'
        ? req.query.path
        : (paths.find((p) => p === 'recovery.yaml') ?? paths.find(isFlowPath));
    if (!revision || !wanted || revision.files[wanted] === undefined) {
      res.status(404).json({ error: 'No such revision or file.', files: paths });
      return;
    }
    const name = `r${revision.number}-${wanted.replace(/\//g, '-')}`;
    res.type('application/yaml').attachment(name).send(revision.files[wanted]);
  });

  router.get('/revisions/:n/changes', host.requireRole('editor'), async (req, res) => {
    const n = Number(req.params.n);
    const revision = Number.isInteger(n) && n > 0 ? await store.revision(n) : undefined;
    if (!revision) return void res.status(404).json({ error: `There is no revision #${req.params.n}.` });
    // The one before it by number: what this publish (or rollback) changed, whichever revision was live then.
    const previous = n > 1 ? await store.revision(n - 1) : undefined;
    res.json({
      revision: n,
      previous: previous?.number,
      note: revision.note,
      ...revisionChanges(previous?.files, revision.files),
    });
  });

  return router;
}
