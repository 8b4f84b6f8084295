import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Router } from 'express';

/** Escapes text for HTML content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Where the console sections' browser bundles are built (`npm run build`, tools/buildConsoleAssets.js):
 * `dist/console-assets/`, which git ignores. Sections serve their own files from it at `<section>/assets/`.
 */
export function consoleAssetsDir(): string {
  return resolve(__dirname, '..', '..', '..', 'dist', 'console-assets');
}

/** Serves the built bundles under `/assets` of a section's router, cached briefly (names are not hashed). */
export function serveAssets(router: Router, dir: string = consoleAssetsDir()): void {
  router.use('/assets', express.static(dir, { maxAge: '5m', index: false, fallthrough: false }));
}

/** True when the bundles have been built (the pages say so when not). */
export function assetsBuilt(dir: string = consoleAssetsDir(), name: string): boolean {
  return existsSync(join(dir, name));
}

/** JSON bodies of console API calls, up to `limit` (uploads of feed files need more than forms). */
export function jsonBody(limit = '100kb'): express.RequestHandler {
  return express.json({ limit });
}
