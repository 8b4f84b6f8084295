import type { Cluster, Redis } from 'ioredis';
import type { Config } from '../config';
import type { Logger } from '../log/logger';
import { createAccountsSection } from './accountsSection';
import { createAuditSection } from './auditSection';
import type { ConsoleSection } from './consoleHost';
import { createFlowPageSections } from './flowPages';
import { openConsoleStorage } from './openConsoleStorage';
import { createStaffConsole, type StaffConsole } from './staffConsole';

/**
 * The console as the server runs it: storage (Redis or the local folder), the flow pages, the caller's page
 * sections (`pageSections`: Meetings, Numbers, each in the menu), Accounts and Audit, and any API sections the
 * caller adds (`apiSections`, mounted without a menu entry: their pages are the flow pages).
 */
export function wireConsole(
  config: Config,
  log: Logger,
  redis: Redis | Cluster | undefined,
  apiSections: (console: StaffConsole) => ConsoleSection[] = () => [],
  pageSections: (console: StaffConsole) => ConsoleSection[] = () => [],
): StaffConsole {
  const storage = openConsoleStorage(config, redis);
  if (storage.local) log.warn(`staff console: accounts kept in ${config.consoleDataDir}/ (no REDIS_URL; trying only)`);
  const console = createStaffConsole({ config, log, storage });
  const apis = apiSections(console);
  // Without the flows API (flows served from files), the flow pages say where the texts are edited instead.
  const editable = apis.some((section) => section.path === 'flows');
  for (const section of createFlowPageSections(console.host, { editable })) console.mount(section);
  for (const section of pageSections(console)) console.mount(section);
  console.mount(createAccountsSection(console.host, { accounts: console.accounts, config }));
  console.mount(createAuditSection(console.host, { audit: console.audit, accounts: console.accounts }));
  for (const section of apis) console.mount(section, { nav: false });
  return console;
}
