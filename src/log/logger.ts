import pino, { type Logger } from 'pino';
import { blankIdentifying } from './blankIdentifying';

export type { Logger };

/** pino's `child`, without its generics (the wrapper below passes everything through). */
type ChildMaker = (this: unknown, bindings: pino.Bindings, options?: unknown) => unknown;

/**
 * Builds the service's JSON logger; `destination` lets tests capture every line. Every log object
 * and every child's bindings pass through `blankIdentifying`, so a number, a body or a signature
 * logged by mistake comes out as `[redacted]`.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const logger = pino(
    {
      level,
      base: { service: 'recovery-textline' },
      formatters: { log: blankIdentifying },
    },
    destination,
  );
  // pino runs no formatter over a child's bindings, so they are blanked on the way in; children
  // are made with Object.create(parent), so theirs inherit this too.
  const makeChild = logger.child as unknown as ChildMaker;
  const blankingChild: ChildMaker = function child(bindings, options) {
    return makeChild.call(this, blankIdentifying(bindings), options);
  };
  logger.child = blankingChild as unknown as Logger['child'];
  return logger;
}
