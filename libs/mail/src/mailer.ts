import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends one email. Personal data (the address) goes to the mail server and nowhere else: never log it. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * A mailer for `MAIL_TRANSPORT_URL`: SMTP through nodemailer, or a directory where every message is
 * written as a JSON file (`file:///tmp/plume-mail`), which development and tests read like a mailbox.
 */
export function createMailer(settings: { MAIL_TRANSPORT_URL: string; MAIL_FROM: string }): Mailer {
  if (settings.MAIL_TRANSPORT_URL.startsWith('file://')) return directoryMailer(fileURLToPath(settings.MAIL_TRANSPORT_URL), settings.MAIL_FROM);
  const transport = nodemailer.createTransport(settings.MAIL_TRANSPORT_URL);
  return {
    async send(message) {
      await transport.sendMail({ from: settings.MAIL_FROM, ...message });
    },
  };
}

function directoryMailer(directory: string, from: string): Mailer {
  return {
    async send(message) {
      await mkdir(directory, { recursive: true });
      const file = join(directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.json`);
      await writeFile(file, JSON.stringify({ from, ...message }, null, 2), { mode: 0o600 });
    },
  };
}
