import { z } from 'zod';

/** A section code as tokens and events carry it: `DZ`, `BE-FR`. */
export const sectionCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/, 'must be a section code such as "DZ" or "BE-FR"');
