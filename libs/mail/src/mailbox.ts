import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailMessage } from './mailer';

export interface ReceivedMail extends MailMessage {
  from: string;
}

/** The messages a `file://` mailer wrote to `directory`, oldest first (none when it does not exist). */
export async function readMailbox(directory: string): Promise<ReceivedMail[]> {
  const files = await readdir(directory).catch(() => [] as string[]);
  const messages = await Promise.all(files.filter((file) => file.endsWith('.json')).sort().map(async (file) => JSON.parse(await readFile(join(directory, file), 'utf8')) as ReceivedMail));
  return messages;
}
