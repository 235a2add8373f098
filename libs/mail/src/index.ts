export { createMailer } from './mailer';
export type { Mailer, MailMessage } from './mailer';
export { readMailbox } from './mailbox';
export type { ReceivedMail } from './mailbox';
