import type { StaffAccount } from '../../src/console/staffAccounts';
import { colleagueLabel, staffName, staffNames } from '../../src/console/staffNames';

/** Who published a revision, as each member may see it (README, Security: only admins see e-mails). */
const ada: StaffAccount = {
  id: 'st_ada123456789',
  email: 'ada@example.org',
  role: 'admin',
  createdAt: '2026-01-01T00:00:00Z',
  sessionsValidAfter: 0,
};
const pat: StaffAccount = { ...ada, id: 'st_pat987654321', email: 'pat@example.org', role: 'publisher' };
const accounts = { get: async (id: string) => [ada, pat].find((a) => a.id === id) };

describe('the names staff are shown for each other', () => {
  it('says "you" for your own, the e-mail to admins, and a stable label naming no one to everyone else', async () => {
    const asPat = await staffNames({ id: pat.id, role: 'publisher' }, [ada.id, pat.id, 'system', ada.id], accounts);
    expect(asPat).toEqual({
      [ada.id]: 'Staff #ada1',
      [pat.id]: 'you',
      system: 'the line (from the flow files)',
    });
    expect(JSON.stringify(asPat)).not.toContain('@');
    const asAda = await staffNames({ id: ada.id, role: 'admin' }, [ada.id, pat.id], accounts);
    expect(asAda).toEqual({ [ada.id]: 'you', [pat.id]: 'pat@example.org' });
  });

  it('names a removed account as such, and the label never changes for one id', async () => {
    const names = await staffNames({ id: pat.id, role: 'publisher' }, ['st_gone00000000'], accounts);
    expect(names).toEqual({ st_gone00000000: 'a removed account (Staff #gone)' });
    expect(staffName({ id: ada.id, role: 'admin' }, 'st_gone00000000', null)).toBe(
      'a removed account (st_gone00000000)',
    );
    expect(colleagueLabel(ada.id)).toBe(colleagueLabel(ada.id));
    // Without the accounts (a section's test host), colleagues get their label, never a guess that they left.
    expect(staffName({ id: pat.id, role: 'admin' }, ada.id)).toBe('Staff #ada1');
  });
});
