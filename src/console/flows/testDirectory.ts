import { DirectoryService } from '../../directory/directoryService';
import type { MeetingDirectory } from '../../directory/types';
import { createLogger } from '../../log/logger';

/** The bundled meeting files `npm run flows:test` reads (programs.yaml, local.yaml, feeds/), from the cwd. */
const BUNDLED_DIR = 'directory';

const loaded = new Map<string, Promise<MeetingDirectory>>();

/**
 * The fixed meeting directory the saved flow tests were written against: the bundled files only, never the feeds
 * or the local meetings staff add in the console, so the publish gate gives what `npm run flows:test` gives and a
 * meeting added today cannot fail a wording change. Loaded once per folder, on first use (nothing keeps running
 * after the load: no refresh timer, and the worker ends with it).
 */
export function bundledTestDirectory(bundledDir = BUNDLED_DIR): Promise<MeetingDirectory> {
  let directory = loaded.get(bundledDir);
  if (!directory) {
    directory = DirectoryService.start({
      sources: [],
      refreshMinutes: 0,
      log: createLogger('silent'),
      bundledDir,
    }).then((service) => {
      const current = service.current();
      service.stop();
      return current;
    });
    // A failed load is tried again next time instead of failing every test run until a restart.
    directory.catch(() => loaded.delete(bundledDir));
    loaded.set(bundledDir, directory);
  }
  return directory;
}
