import type { Logger } from 'pino';
import type { Mailer } from '@plume/mail';

export interface ConfirmationMailSettings {
  /** With `{section}` and `{token}` placeholders. */
  linkTemplate: string;
}

const TEXTS: Record<string, { subject: string; body: (link: string) => string }> = {
  fr: {
    subject: 'Confirmez votre signature',
    body: (link) => `Bonjour,\n\nMerci d'avoir signé. Pour que votre signature compte, confirmez-la en suivant ce lien :\n${link}\n\nSi vous n'avez rien signé, ignorez ce message : rien ne sera compté.`,
  },
  en: {
    subject: 'Please confirm your signature',
    body: (link) => `Hello,\n\nThank you for signing. For your signature to count, please confirm it by following this link:\n${link}\n\nIf you did not sign anything, ignore this message: nothing will be counted.`,
  },
};

/**
 * Emails the double opt-in link to a signer, in the language of the consent text they agreed to
 * (English when there is no text in it). Sent after the signature is committed; a failure is logged
 * without the address, and the signer gets a new link by signing again.
 */
export class ConfirmationMail {
  constructor(
    private readonly mailer: Mailer,
    private readonly settings: ConfirmationMailSettings,
    private readonly logger: Logger,
  ) {}

  async send(to: { email: string; language: string; section: string }, token: string): Promise<void> {
    const text = TEXTS[to.language] ?? TEXTS.en;
    const link = this.settings.linkTemplate.replaceAll('{section}', encodeURIComponent(to.section)).replaceAll('{token}', token);
    try {
      await this.mailer.send({ to: to.email, subject: text.subject, text: text.body(link) });
    } catch (error) {
      this.logger.warn({ section: to.section, err: { name: (error as Error).name } }, 'the double opt-in email could not be sent');
    }
  }
}
