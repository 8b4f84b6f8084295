import type { AuditEvent } from './consoleHost';
import type { ConsoleStorage } from './consoleStorage';

/** One stored audit entry: who (account id, or `-` for an unknown e-mail), what, when. */
export interface AuditEntry extends AuditEvent {
  at: string;
  actor: string;
}

/** Entries kept; older ones are dropped. */
export const AUDIT_CAP = 10_000;

/** The console's audit log: a capped list, newest first, in Redis or the local folder. Never holds an e-mail. */
export class AuditLog {
  constructor(
    private readonly storage: ConsoleStorage,
    private readonly now: () => number = Date.now,
  ) {}

  /** Appends an entry as `actor` (an account id). */
  async append(actor: string, event: AuditEvent): Promise<void> {
    const entry: AuditEntry = { at: new Date(this.now()).toISOString(), actor, action: event.action };
    if (event.detail) entry.detail = event.detail;
    await this.storage.push('audit', JSON.stringify(entry), AUDIT_CAP);
  }

  /** The newest `count` entries. */
  async recent(count = 200): Promise<AuditEntry[]> {
    return (await this.storage.list('audit', count)).map((s) => JSON.parse(s) as AuditEntry);
  }
}
