import type { ConsolePage, StaffIdentity, StaffRole } from './consoleHost';
import { roleAtLeast } from './consoleHost';
import { escapeHtml } from './html';

/** One navigation link: shown to members with `role` or above. */
export interface NavItem {
  href: string;
  label: string;
  role: StaffRole;
}

/** What the shell needs besides the page: who is signed in, where they are, the CSRF token, and the storage mode. */
export interface ShellContext {
  staff?: StaffIdentity;
  currentPath: string;
  csrfToken: string;
  nav: NavItem[];
  /** True when accounts and revisions live in a local folder (no Redis): the page says it is for trying only. */
  local: boolean;
}

const ASSETS = '/console/assets';

/**
 * The full HTML document: skip link, header with the navigation the member's role allows, sign-out, the
 * trying-only banner without Redis, then the page. Scripts are same-origin modules (the CSP allows no other).
 */
export function renderShell(page: ConsolePage, ctx: ShellContext): string {
  const nav = ctx.staff ? navHtml(ctx) : '';
  const who = ctx.staff
    ? `<form class="signout" method="post" action="/console/sign-out">
        <input type="hidden" name="_csrf" value="${escapeHtml(ctx.csrfToken)}">
        <span class="who">Signed in as ${escapeHtml(ctx.staff.role)}</span>
        <button type="submit">Sign out</button></form>`
    : '';
  const banner = ctx.local
    ? // A landmark of its own, so screen-reader users can find (or skip) it like the rest of the page.
      `<aside class="banner" aria-label="Trying only"><strong>Trying only</strong> — accounts and revisions live in a
       local folder on this computer (no Redis is set). Texters are not served from here in production.</aside>`
    : '';
  const scripts = (page.scripts ?? []).map((s) => `<script type="module" src="${escapeHtml(s)}"></script>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${escapeHtml(ctx.csrfToken)}">
<title>${escapeHtml(page.title)} · Recovery Textline console</title>
<link rel="stylesheet" href="${ASSETS}/console.css">
${scripts}
</head>
<body>
<a class="skip" href="#main">Skip to the page</a>
<header class="top">
  <a class="brand" href="/console/">Recovery Textline <span>console</span></a>
  ${who}
  ${nav}
</header>
${banner}
<main id="main">
<h1>${escapeHtml(page.title)}</h1>
${page.body}
</main>
</body>
</html>`;
}

function navHtml(ctx: ShellContext): string {
  const items = ctx.nav
    .filter((item) => ctx.staff && roleAtLeast(ctx.staff.role, item.role))
    .map((item) => {
      const current = ctx.currentPath === item.href || ctx.currentPath.startsWith(`${item.href}/`);
      return `<li><a href="${escapeHtml(item.href)}"${current ? ' aria-current="page"' : ''}>${escapeHtml(item.label)}</a></li>`;
    })
    .join('');
  return `<nav aria-label="Console"><ul>${items}</ul></nav>`;
}
