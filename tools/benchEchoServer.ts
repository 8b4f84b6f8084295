import express from 'express';
import { BARE_TWIML } from './bench/bareReply';

/**
 * The yardstick for `npm run bench`: a bare Express 5 server answering POST /sms with a fixed
 * TwiML reply, so the webhook's throughput can be read as a fraction of Express's own cost.
 * Run as a child process: prints "listening <port>" once ready.
 */
const app = express();
app.post('/sms', (_req, res) => {
  res.type('text/xml').send(BARE_TWIML);
});
const server = app.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
