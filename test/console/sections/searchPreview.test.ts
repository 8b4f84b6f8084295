import request from 'supertest';
import type { RunningServer } from '../../../src/server';
import { serverWithStaffSections } from '../../support/staffSectionsServer';
import { suiteRedis } from '../../support/redisTestKit';
import { messagesOf, signedPost, smsParams } from '../../support/twilioPost';

let server: RunningServer;
// Registered before suiteRedis's clean-up, so it runs first (closing flushes the day's counts).
afterAll(async () => {
  await server?.close();
});
const { prefix } = suiteRedis('searchPreview');
const EDITOR = { 'x-test-staff': 'st_ed1:editor' };

beforeAll(async () => {
  ({ server } = await serverWithStaffSections(prefix));
});

interface Turn {
  sent: string;
  replies: string[];
  node: string;
}

/** The preview's conversation for a texter looking online (no place needed). */
async function preview(situation: Record<string, string>): Promise<Turn[]> {
  const res = await request(server.app)
    .post('/console/directory/api/preview')
    .set(EDITOR)
    .send({ audience: 'self', mode: 'online', ...situation });
  expect(res.status).toBe(200);
  return res.body.turns as Turn[];
}

const lastReplies = (turns: Turn[]) => turns.at(-1)!.replies.join('\n');
const GAMBLING_ONLY = /Gamblers Anonymous|Jugadores Anonimos|Gam-Anon|Gambling helpline|Linea sobre el juego/;

describe('the search preview with another behavior', () => {
  it('gambling itself gets Gamblers Anonymous and the gambling helpline', async () => {
    const turns = await preview({ concern: 'gambling' });
    expect(turns.map((t) => t.sent)).toContain('3');
    expect(lastReplies(turns)).toContain('Gamblers Anonymous');
    expect(lastReplies(turns)).toContain('Gambling helpline');
  });

  it.each(['gaming', 'porn', 'sex', 'shopping', 'screens', 'food', 'other'])(
    'the behavior %s is named in words and gets SMART Recovery and group therapy, never GA',
    async (behavior) => {
      const turns = await preview({ concern: 'gambling', behavior });
      const what = turns.find((t) => t.replies.join('\n').includes('What is it about?'));
      const answer = turns[turns.indexOf(what!) + 1];
      expect(answer.sent).not.toBe('3');
      expect(lastReplies(turns)).toContain('SMART Recovery');
      expect(lastReplies(turns)).toContain('Group therapy');
      expect(lastReplies(turns)).not.toMatch(GAMBLING_ONLY);
    },
  );

  it('for family, in Spanish: SMART Family & Friends and group therapy, no Gam-Anon', async () => {
    const turns = await preview({ audience: 'family', concern: 'gambling', behavior: 'gaming', lang: 'es' });
    expect(turns.map((t) => t.sent)).toContain('videojuegos');
    expect(lastReplies(turns)).toContain('SMART Family & Friends');
    expect(lastReplies(turns)).toContain('Terapia de grupo');
    expect(lastReplies(turns)).not.toMatch(GAMBLING_ONLY);
  });

  it('ignores a behavior with another concern, and an unknown one', async () => {
    const alcohol = await preview({ concern: 'alcohol', behavior: 'porn' });
    expect(alcohol.map((t) => t.sent)).not.toContain('porn');
    const unknown = await preview({ concern: 'gambling', behavior: 'knitting' });
    expect(lastReplies(unknown)).toContain('Gamblers Anonymous');
  });

  it('shows exactly what a texter who names the behavior gets', async () => {
    const turns = await preview({ concern: 'gambling', behavior: 'shopping' });
    let texted: string[] = [];
    for (const { sent } of turns) {
      texted = messagesOf((await signedPost(server.app, '/sms', smsParams('+15550104444', sent))).text);
    }
    expect(texted).toEqual(turns.at(-1)!.replies);
  });
});
