import { z } from 'zod';

/** The key a client sends so that a retried request is recognised: a UUID is ideal. */
export const idempotencyKey = z
  .string()
  .trim()
  .min(8, 'must be at least 8 characters (a UUID is ideal)')
  .max(100, 'must be at most 100 characters')
  .regex(/^[A-Za-z0-9._:-]+$/, 'may contain letters, digits, ".", "_", ":" and "-" only');
