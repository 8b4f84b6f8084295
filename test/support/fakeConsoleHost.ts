import express, { type Request } from 'express';
import {
  roleAtLeast,
  type AuditEvent,
  type ConsoleHost,
  type ConsoleSection,
  type StaffRole,
} from '../../src/console/consoleHost';

/**
 * A console host for testing one section apart from sign-in: the member is whoever the test says in the
 * `x-test-staff` header (`id:role`), pages are bare, and audit events are collected for assertions. Only for
 * section tests; the real host's sign-in, sessions and CSRF are tested in test/console.
 */
export function fakeConsoleHost(): { host: ConsoleHost; audited: Array<AuditEvent & { actor: string }> } {
  const audited: Array<AuditEvent & { actor: string }> = [];
  const staffOf = (req: Request) => {
    const [id = 'st_test', role = 'admin'] = String(req.headers['x-test-staff'] ?? '').split(':');
    return { id: id || 'st_test', role: (role || 'admin') as StaffRole };
  };
  const host: ConsoleHost = {
    requireRole: (role) => (req, res, next) =>
      roleAtLeast(staffOf(req).role, role) ? next() : void res.status(403).json({ error: 'forbidden' }),
    staffOf,
    renderPage: (_req, page) =>
      `<!doctype html><html lang="en"><title>${page.title}</title><main><h1>${page.title}</h1>${page.body}</main>` +
      (page.scripts ?? []).map((s) => `<script src="${s}"></script>`).join('') +
      '</html>',
    audit: async (req, event) => void audited.push({ ...event, actor: staffOf(req).id }),
  };
  return { host, audited };
}

/** An Express app with `section` mounted where the console would mount it. */
export function appWithSection(section: ConsoleSection): express.Express {
  const app = express();
  app.use(`/console/${section.path}`, section.router);
  return app;
}
