import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import request from 'supertest';
import twilio from 'twilio';
import { FormBodyError, readFormBody } from '../../src/http/formBody';

/** An app that answers with what the reader made of the body, or the reader's refusal. */
function echoApp(limits = { maxBytes: 1024, maxParameters: 10 }) {
  const app = express();
  app.post('/form', readFormBody(limits), (req, res) => {
    res.json({ body: req.body === undefined ? null : { ...req.body } });
  });
  const onError: ErrorRequestHandler = (err: FormBodyError, _req, res, _next) => {
    res.status(err.status).json({ type: err.type });
  };
  app.use(onError);
  return app;
}

describe('readFormBody', () => {
  it('decodes a form as Twilio sends it: + and %-escapes, UTF-8, repeated names as arrays', async () => {
    const res = await request(echoApp())
      .post('/form')
      .set('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8')
      .send('Body=I+need+help%20%F0%9F%98%A2&From=%2B15005550006&MediaUrl=a&MediaUrl=b&Empty=');
    expect(res.status).toBe(200);
    expect(res.body.body).toEqual({ Body: 'I need help 😢', From: '+15005550006', MediaUrl: ['a', 'b'], Empty: '' });
  });

  it('reads the same parameters twilio signs, so a signature made by twilio validates', async () => {
    const params = { Body: 'Dónde? 100% & más = ayuda', From: '+15005550006', MessageSid: 'SM1' };
    const res = await request(echoApp()).post('/form').type('form').send(params);
    const signature = twilio.getExpectedTwilioSignature('token', 'https://line.example.org/sms', params);
    expect(twilio.validateRequest('token', signature, 'https://line.example.org/sms', res.body.body)).toBe(true);
  });

  it('reads a bad %-escape as best it can instead of failing (its signature then fails)', async () => {
    const res = await request(echoApp()).post('/form').type('form').send('Body=100%&Bad=%E0%A4%A');
    expect(res.status).toBe(200);
    expect(res.body.body.Body).toBe('100%');
    expect(res.body.body.Bad).toEqual(expect.stringContaining('%A'));
  });

  it('leaves the body undefined for another media type and for an empty form', async () => {
    const json = await request(echoApp()).post('/form').set('Content-Type', 'application/json').send('{"From":"+1"}');
    expect(json.body.body).toBeNull();
    const none = await request(echoApp()).post('/form').type('form').send('');
    expect(none.body.body).toEqual({});
  });

  it('refuses a declared length over the limit with 413 before reading it', async () => {
    const res = await request(echoApp({ maxBytes: 100, maxParameters: 10 }))
      .post('/form')
      .type('form')
      .send(`Body=${'x'.repeat(200)}`);
    expect(res.status).toBe(413);
    expect(res.body.type).toBe('entity.too.large');
  });

  it('refuses a chunked body that grows past the limit with 413', async () => {
    const server = http.createServer(echoApp({ maxBytes: 100, maxParameters: 10 })).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            port,
            host: '127.0.0.1',
            method: 'POST',
            path: '/form',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        // No Content-Length: Node sends it chunked, so only counting what arrives can catch it.
        for (let i = 0; i < 5; i++) req.write(`Body${i}=${'y'.repeat(40)}&`);
        req.end();
      });
      expect(status).toBe(413);
    } finally {
      server.close();
    }
  });

  it('refuses more parameters than the limit with 413', async () => {
    const form = Array.from({ length: 11 }, (_, i) => `p${i}=1`).join('&');
    const res = await request(echoApp()).post('/form').type('form').send(form);
    expect(res.status).toBe(413);
    expect(res.body.type).toBe('parameters.too.many');
  });

  it('refuses a charset other than UTF-8 and a compressed body with 415', async () => {
    const latin = await request(echoApp())
      .post('/form')
      .set('Content-Type', 'application/x-www-form-urlencoded; charset=ISO-8859-1')
      .send('Body=caf%E9');
    expect(latin.status).toBe(415);
    expect(latin.body.type).toBe('charset.unsupported');
    const gzip = await request(echoApp()).post('/form').type('form').set('Content-Encoding', 'gzip').send('Body=x');
    expect(gzip.status).toBe(415);
    expect(gzip.body.type).toBe('encoding.unsupported');
  });
});
