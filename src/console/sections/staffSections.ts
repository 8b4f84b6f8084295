import type { ConsoleParts } from '../../server';
import type { ConsoleHost, ConsoleSection } from '../consoleHost';
import { createDirectorySection } from './directory/directorySection';
import { programForms } from './directory/programEdits';
import { currentPrograms } from './directory/programRoutes';
import { createNumbersSection } from './numbers/numbersSection';

/**
 * The directory and numbers sections of the staff console, built from the running server's parts
 * (`startServer(config, { mount: (app, parts) => ... })`). The console mounts each at `/console/<path>`.
 */
export function createStaffSections(
  host: ConsoleHost,
  parts: ConsoleParts,
  options: { bundledDir?: string; assetsDir?: string } = {},
): ConsoleSection[] {
  const bundledDir = options.bundledDir ?? 'directory';
  // Read when a directory page needs the list, not while the server starts: texts are served without it, and
  // parsing programs.yaml then held up the first /readyz by tens of ms. The list now: staff may have changed it
  // on the Programs page, in any web process. One that cannot be read gives an empty list, never a 500.
  const programList = async (): Promise<Array<{ id: string; name: string }>> => {
    try {
      const { text } = await currentPrograms(parts.directoryStore, bundledDir);
      return programForms(text).map((p) => ({ id: p.id, name: p.nameEn }));
    } catch {
      return [];
    }
  };
  return [
    createDirectorySection(host, {
      store: parts.directoryStore,
      feed: parts.directoryFeed,
      directory: parts.directory,
      configuredSources: parts.config.directorySources,
      allowPrivateUrls: parts.config.directoryAllowPrivateUrls,
      engine: parts.engine,
      bundledDir,
      programs: programList,
      assetsDir: options.assetsDir,
    }),
    createNumbersSection(host, { stats: parts.stats, flush: parts.flushStats, assetsDir: options.assetsDir }),
  ];
}
