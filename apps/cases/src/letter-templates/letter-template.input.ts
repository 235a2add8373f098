import { languageCode, text } from '@plume/errors';
import { z } from 'zod';

export const addLetterTemplateInput = z.object({
  caseId: z.uuid('must be a case id'),
  language: languageCode,
  targetId: z.uuid('must be a target id').nullish(),
  subject: text(300),
  body: text(20_000),
});
export type AddLetterTemplateInput = z.output<typeof addLetterTemplateInput>;
