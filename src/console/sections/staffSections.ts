import { join } from 'node:path';
import { loadProgramCatalogue } from '../../directory/programCatalogue';
import type { ConsoleParts } from '../../server';
import type { ConsoleHost, ConsoleSection } from '../consoleHost';
import { createDirectorySection } from './directory/directorySection';
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
  // Read when a directory page first needs the list, not while the server starts: texts are served without it,
  // and parsing programs.yaml here held up the first /readyz by tens of ms after the directory was loaded.
  // A programs.yaml broken since the start gives an empty list (the directory's own load reports it), never a 500.
  let programs: Array<{ id: string; name: string }> | undefined;
  const programList = (): Array<{ id: string; name: string }> => {
    if (programs) return programs;
    try {
      const catalogue = loadProgramCatalogue(join(bundledDir, 'programs.yaml'));
      return (programs = catalogue.programs.map((p) => ({ id: p.id, name: p.name })));
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
