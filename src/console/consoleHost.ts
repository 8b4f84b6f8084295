import type { RequestHandler, Router } from 'express';

/**
 * What the staff console offers each of its sections (flows, directory, numbers...), so a section
 * can be written and tested apart from sign-in, sessions and CSRF, which the console owns.
 */

/** Staff roles, least to most: editors draft and simulate, publishers also publish and roll back, admins also
 * manage accounts and read the audit log. */
export type StaffRole = 'editor' | 'publisher' | 'admin';

/** The roles in rising order, so "at least publisher" is a comparison. */
export const STAFF_ROLES: readonly StaffRole[] = ['editor', 'publisher', 'admin'];

/** True when `role` grants at least what `needed` does. */
export function roleAtLeast(role: StaffRole, needed: StaffRole): boolean {
  return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf(needed);
}

/** The signed-in staff member a request acts for. Logs and the audit log use `id`, never the e-mail. */
export interface StaffIdentity {
  /** A stable opaque account id, e.g. `st_3f9a...`. */
  id: string;
  role: StaffRole;
}

/** One page of the console: the section supplies its body; the host adds the shell, navigation and CSRF meta tag. */
export interface ConsolePage {
  /** Shown in the title bar and as the page heading. */
  title: string;
  /** HTML of the page's main content, already escaped by the section. */
  body: string;
  /** Same-origin script URLs (e.g. `/console/assets/editor.js`); no inline scripts (the CSP forbids them). */
  scripts?: string[];
}

/** One audit entry as a section reports it; the host adds who and when. */
export interface AuditEvent {
  /** e.g. `flow.publish`, `flow.rollback`, `directory.source.add`. */
  action: string;
  /** Short, non-identifying details: revision numbers, counts, ids. Never a texter's data, never a secret. */
  detail?: Record<string, string | number | boolean>;
}

/** What the console gives a section. */
export interface ConsoleHost {
  /** Middleware: refuses (403) a signed-in member whose role is below `role`. Every section route is already
   * behind sign-in and CSRF checks when it runs. */
  requireRole(role: StaffRole): RequestHandler;
  /** The member a request acts for (only valid inside a section's routes). */
  staffOf(req: Parameters<RequestHandler>[0]): StaffIdentity;
  /** The full HTML document for a page: the console's shell around `page`. */
  renderPage(req: Parameters<RequestHandler>[0], page: ConsolePage): string;
  /**
   * The names the request's member is shown for these staff ids (authors of revisions): "you", the e-mail for
   * admins, a stable label otherwise (see staffNames.ts). Optional so a section's test host may leave it out.
   */
  staffNames?(req: Parameters<RequestHandler>[0], ids: readonly string[]): Promise<Record<string, string>>;
  /** Appends to the audit log as the request's member. */
  audit(req: Parameters<RequestHandler>[0], event: AuditEvent): Promise<void>;
}

/** A console section: mounted at `/console/<path>`, listed in the navigation for members with `role` or above. */
export interface ConsoleSection {
  path: string;
  nav: { label: string; role: StaffRole };
  router: Router;
}
