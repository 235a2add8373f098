import { isIP } from 'node:net';
import { z } from 'zod';

const MAX_WINDOW_DAYS = 31;

/** `203.0.113.0/24`, `2001:db8::/48` or a single address. */
const addressBlock = z
  .string()
  .trim()
  .refine((block) => {
    const [address, prefix, ...rest] = block.split('/');
    const version = isIP(address);
    if (version === 0 || rest.length > 0) return false;
    if (prefix === undefined) return true;
    const bits = Number(prefix);
    return /^\d{1,3}$/.test(prefix) && bits >= 8 && bits <= (version === 4 ? 32 : 128);
  }, 'must be an address block in CIDR notation, e.g. 203.0.113.0/24 (a prefix of at least /8)');

const emailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be an email domain such as mailinator.com');

export const invalidateSignaturesInput = z
  .object({
    signedFrom: z.coerce.date('must be an instant, e.g. 2020-12-10T10:00:00Z'),
    signedUntil: z.coerce.date('must be an instant, e.g. 2020-12-10T11:00:00Z'),
    caseId: z.uuid('must be a case id').nullish(),
    addressBlock: addressBlock.nullish(),
    emailDomain: emailDomain.nullish(),
    dryRun: z.boolean().nullish().transform((dryRun) => dryRun ?? false),
  })
  .refine((input) => input.signedFrom < input.signedUntil, { message: 'must be after signedFrom', path: ['signedUntil'] })
  .refine((input) => input.signedUntil.getTime() - input.signedFrom.getTime() <= MAX_WINDOW_DAYS * 86_400_000, {
    message: `the window may span ${MAX_WINDOW_DAYS} days at most`,
    path: ['signedUntil'],
  });

export type InvalidateSignaturesInput = z.output<typeof invalidateSignaturesInput>;
