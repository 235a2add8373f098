import { forbidden, badUserInput } from '@plume/errors';

/** Verifies a captcha token a section website sent with a public write. */
export interface HumanCheck {
  /** Does `section` ask for a human check? */
  requiredFor(section: string): boolean;
  /** Throws BAD_USER_INPUT without a token and FORBIDDEN when the provider refuses it; no-op where not required. */
  verify(section: string, token: string | null | undefined, clientAddress: string | null): Promise<void>;
}

export interface HumanCheckSettings {
  HUMAN_CHECK_SECTIONS: string[];
  HUMAN_CHECK_VERIFY_URL?: string;
  HUMAN_CHECK_SECRET?: string;
}

/** How long the provider may take before the write is refused (a slow captcha must not hang signing). */
const VERIFY_TIMEOUT_MS = 5_000;

/**
 * The pluggable human check: off unless sections are listed; then each of their public writes must
 * carry a token the provider accepts, over the "siteverify" protocol hCaptcha, Cloudflare Turnstile and
 * reCAPTCHA share (POST secret, response and remoteip as a form; `{ "success": true }` back).
 */
export function createHumanCheck(settings: HumanCheckSettings): HumanCheck {
  const sections = new Set(settings.HUMAN_CHECK_SECTIONS);
  if (sections.size > 0 && (!settings.HUMAN_CHECK_VERIFY_URL || !settings.HUMAN_CHECK_SECRET)) {
    throw new Error('HUMAN_CHECK_SECTIONS needs HUMAN_CHECK_VERIFY_URL and HUMAN_CHECK_SECRET');
  }
  return {
    requiredFor: (section) => sections.has(section),
    async verify(section, token, clientAddress) {
      if (!sections.has(section)) return;
      if (!token) throw badUserInput(`Invalid arguments. humanCheckToken: section ${section} asks for a human check; send the token of its captcha`, [{ field: 'humanCheckToken', message: 'required by this section' }]);
      const form = new URLSearchParams({ secret: settings.HUMAN_CHECK_SECRET as string, response: token });
      if (clientAddress) form.set('remoteip', clientAddress);
      let accepted = false;
      try {
        const response = await fetch(settings.HUMAN_CHECK_VERIFY_URL as string, { method: 'POST', body: form, signal: AbortSignal.timeout(VERIFY_TIMEOUT_MS) });
        accepted = response.ok && ((await response.json()) as { success?: unknown }).success === true;
      } catch {
        accepted = false; // an unreachable provider refuses: a flood must not get through while it is down
      }
      if (!accepted) throw forbidden('The human check failed: ask the person to solve the captcha again.');
    },
  };
}
