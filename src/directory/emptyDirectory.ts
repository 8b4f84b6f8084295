import type { MeetingDirectory } from './types';

/**
 * A directory that knows no place and no meeting: for running or checking flows without meeting
 * data (the chat simulator's `--directory none`, compile checks, tests of flow mechanics).
 */
export const emptyDirectory: MeetingDirectory = {
  programsFor: () => [],
  program: () => undefined,
  programs: () => [],
  lookupPlace: () => ({ kind: 'not_found' }),
  parseWhen: () => undefined,
  search: () => ({ matches: [], hasMore: false }),
  meeting: () => undefined,
  size: () => 0,
};
