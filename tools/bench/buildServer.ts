import { execFileSync } from 'node:child_process';

/**
 * Builds dist/ as a deploy does (`npm run build`: tsc, the console's assets and the place tables), so the bench
 * starts the server that would run, its prebuilt place tables included (src/cli/buildPlaces.ts).
 */
export function buildServer(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}
