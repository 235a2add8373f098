import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMailer, readMailbox } from './index';

describe('the directory mailer', () => {
  let directory: string;
  beforeEach(async () => {
    directory = join(await mkdtemp(join(tmpdir(), 'plume-mail-')), 'box');
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('writes each message as a file the mailbox reader returns, oldest first', async () => {
    const mailer = createMailer({ MAIL_TRANSPORT_URL: pathToFileURL(directory).href, MAIL_FROM: 'Plume <no-reply@plume.invalid>' });
    await mailer.send({ to: 'ana@example.org', subject: 'Un', text: 'premier' });
    await mailer.send({ to: 'luc@example.org', subject: 'Deux', text: 'second' });
    expect(await readMailbox(directory)).toEqual([
      { from: 'Plume <no-reply@plume.invalid>', to: 'ana@example.org', subject: 'Un', text: 'premier' },
      { from: 'Plume <no-reply@plume.invalid>', to: 'luc@example.org', subject: 'Deux', text: 'second' },
    ]);
  });

  it('reads an absent mailbox as empty', async () => {
    expect(await readMailbox(join(directory, 'nothing-here'))).toEqual([]);
  });
});
