/** A staff file (programs.yaml, local.yaml) that cannot be used; says which file, where, and what to fix. */
export class CatalogueError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem(s) to fix:\n  - ${problems.join('\n  - ')}`);
    this.name = 'CatalogueError';
  }
}

/** A meeting source that could not be read or parsed at all (not one bad meeting: the whole source). */
export class DirectoryLoadError extends Error {
  constructor(
    readonly source: string,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(`${source}: ${message}`);
    this.name = 'DirectoryLoadError';
  }
}
