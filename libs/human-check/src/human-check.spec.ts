import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHumanCheck } from './human-check';

/** A captcha provider speaking siteverify: accepts the token `good` for the secret `s3cret`. */
function startProvider(): Promise<{ url: string; forms: URLSearchParams[]; server: Server }> {
  const forms: URLSearchParams[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const form = new URLSearchParams(body);
      forms.push(form);
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ success: form.get('secret') === 's3cret' && form.get('response') === 'good' }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/siteverify`, forms, server })));
}

describe('the human check hook', () => {
  let provider: Awaited<ReturnType<typeof startProvider>>;
  beforeAll(async () => {
    provider = await startProvider();
  });
  afterAll(() => new Promise((resolve) => provider.server.close(resolve)));

  const check = () => createHumanCheck({ HUMAN_CHECK_SECTIONS: ['DE'], HUMAN_CHECK_VERIFY_URL: provider.url, HUMAN_CHECK_SECRET: 's3cret' });

  it('is off by default and for sections that did not ask for it', async () => {
    const off = createHumanCheck({ HUMAN_CHECK_SECTIONS: [] });
    expect(off.requiredFor('DE')).toBe(false);
    await expect(off.verify('DE', undefined, null)).resolves.toBeUndefined();
    await expect(check().verify('BE-FR', undefined, null)).resolves.toBeUndefined();
  });

  it('accepts a token the provider accepts, passing the secret and the client address', async () => {
    await expect(check().verify('DE', 'good', '203.0.113.9')).resolves.toBeUndefined();
    const form = provider.forms[provider.forms.length - 1];
    expect([form.get('secret'), form.get('response'), form.get('remoteip')]).toEqual(['s3cret', 'good', '203.0.113.9']);
  });

  it('asks for a missing token with BAD_USER_INPUT and refuses a bad one with FORBIDDEN', async () => {
    await expect(check().verify('DE', null, null)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(check().verify('DE', 'forged', null)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses while the provider cannot be reached', async () => {
    const unreachable = createHumanCheck({ HUMAN_CHECK_SECTIONS: ['DE'], HUMAN_CHECK_VERIFY_URL: 'http://127.0.0.1:9/siteverify', HUMAN_CHECK_SECRET: 's3cret' });
    await expect(unreachable.verify('DE', 'good', null)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses to start half-configured', () => {
    expect(() => createHumanCheck({ HUMAN_CHECK_SECTIONS: ['DE'] })).toThrow(/HUMAN_CHECK_VERIFY_URL/);
  });
});
