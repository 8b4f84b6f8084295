import type { ConversationEngine } from '../../src/engine/types';
import { builtModule } from './builtModule';

/** An engine of one build, on its flows and the bundled directory, and how to let both go. */
export interface StepEngine {
  engine: ConversationEngine;
  close: () => void;
}

/**
 * The conversation engine as a build in `root` runs it (its dist/, see builtModule), on the flows in
 * `flowsDir` and the bundled meeting directory, with no I/O per text: what stepBench times and
 * stepCompare sets builds side by side with.
 */
export async function openStepEngine(root: string, flowsDir: string): Promise<StepEngine> {
  const { DirectoryService } = builtModule<typeof import('../../src/directory/directoryService')>(
    root,
    'src/directory/directoryService',
  );
  const { createEngine } = builtModule<typeof import('../../src/engine/engine')>(root, 'src/engine/engine');
  const { runtimeCheckOptions } = builtModule<typeof import('../../src/engine/runtimeCheck')>(
    root,
    'src/engine/runtimeCheck',
  );
  const { compileFlow } = builtModule<typeof import('../../src/engine/flowCompiler')>(root, 'src/engine/flowCompiler');
  const { FlowLibrary } = builtModule<typeof import('../../src/flow/flowLibrary')>(root, 'src/flow/flowLibrary');
  const { createLogger } = builtModule<typeof import('../../src/log/logger')>(root, 'src/log/logger');
  const log = createLogger('silent');
  const directory = await DirectoryService.start({ sources: [], refreshMinutes: 0, log });
  const flows = await FlowLibrary.open({
    check: runtimeCheckOptions,
    dir: flowsDir,
    log,
    verify: (loaded) => void compileFlow(loaded, { directory: () => directory.current() }),
  });
  const engine = createEngine({ flows, directory: () => directory.current() });
  return {
    engine,
    close: () => {
      flows.close();
      directory.stop();
    },
  };
}
