import { localizedTexts } from '@plume/errors';
import { z } from 'zod';

export const publishCaseUpdateInput = z.object({
  caseId: z.uuid('must be a case id'),
  title: localizedTexts(300),
  body: localizedTexts(20_000),
  publishedAt: z.coerce.date({ message: 'must be a date-time' }).nullish(),
});
export type PublishCaseUpdateInput = z.output<typeof publishCaseUpdateInput>;
