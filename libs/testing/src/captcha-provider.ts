import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A captcha provider on a local port speaking "siteverify" (what hCaptcha, Turnstile and reCAPTCHA
 * answer): it accepts the response `human` and nothing else. A third party's service, played locally.
 */
export async function startCaptchaProvider(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ success: new URLSearchParams(body).get('response') === 'human' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/siteverify`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
