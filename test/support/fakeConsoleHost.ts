import { join } from 'node:path';
import express, { type Request } from 'express';
import {
  roleAtLeast,
  type AuditEvent,
  type ConsoleHost,
  type ConsoleSection,
  type StaffRole,
} from '../../src/console/consoleHost';
import { renderShell } from '../../src/console/pageShell';

/** The console's own stylesheet, as the real console serves it built (src/console/staffConsole.ts). */
const CONSOLE_CSS = join(__dirname, '..', '..', 'src', 'console', 'browser', 'console.css');

/**
 * A console host for testing one section apart from sign-in: the member is whoever the test says in the
 * `x-test-staff` header (`id:role`), and audit events are collected for assertions. Pages go through the real
 * console's shell (stylesheet, viewport, header), so a browser test's screenshots show what staff see; the
 * navigation is empty and the CSRF token a placeholder, since sign-in is not this host's. Only for section tests;
 * the real host's sign-in, sessions and CSRF are tested in test/console.
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
    renderPage: (req, page) =>
      renderShell(page, {
        staff: staffOf(req),
        currentPath: req.originalUrl,
        csrfToken: 'fake-console-host',
        nav: [],
        local: false,
      }),
    audit: async (req, event) => void audited.push({ ...event, actor: staffOf(req).id }),
  };
  return { host, audited };
}

/** Serves the console's stylesheet where the shell links it, as the real console does from its build. */
export function mountConsoleStylesheet(app: express.Express): void {
  app.get('/console/assets/console.css', (_req, res) => res.sendFile(CONSOLE_CSS));
}

/** An Express app with `section` mounted where the console would mount it. */
export function appWithSection(section: ConsoleSection): express.Express {
  const app = express();
  mountConsoleStylesheet(app);
  app.use(`/console/${section.path}`, section.router);
  return app;
}
