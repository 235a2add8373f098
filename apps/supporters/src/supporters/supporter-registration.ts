import type { DataSource, EntityManager } from 'typeorm';
import { appendToOutbox, SupporterRegistered } from '@plume/events';
import { badUserInput, notFound } from '@plume/errors';
import { contactReference } from '@plume/privacy';
import type { ConsentSource } from '../consents/consent.entity';
import type { ConsentService } from '../consents/consent.service';
import { SUPPORTERS_EVENT_SOURCE } from '../events';
import { SectionEntity } from '../sections/section.entity';
import { SupporterEntity } from './supporter.entity';
import type { RegisterSupporterInput } from './supporter.input';

export interface RegistrationReceipt {
  supporterId: string;
}

/**
 * Sign-up from a section's website (or by its staff). A person is recognised by their contact
 * reference within the section: registering again records the consents given this time and changes
 * nothing else — so someone who merely knows an email cannot rewrite that person's record — and the
 * answer has the same shape either way, so it never tells whether the email was known.
 */
export class SupporterRegistration {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consents: ConsentService,
    private readonly contactReferenceSecret: string,
  ) {}

  async register(section: string, source: ConsentSource, input: RegisterSupporterInput): Promise<RegistrationReceipt> {
    const reference = contactReference(input.email, this.contactReferenceSecret);
    return this.dataSource.transaction(async (manager) => {
      await requireSectionLanguage(manager, section, input.language);
      const created = await insertUnlessKnown(manager, section, reference, input);
      const supporterId = created ?? (await lockKnown(manager, section, reference)).id;
      if (created) {
        await appendToOutbox(manager, {
          contract: SupporterRegistered,
          aggregateId: supporterId,
          source: SUPPORTERS_EVENT_SOURCE,
          data: { supporterId, section, language: input.language, commitment: input.commitment },
        });
      }
      await this.consents.record(manager, {
        supporterId,
        section,
        source,
        textVersion: input.consentTextVersion,
        textLanguage: input.consentTextLanguage,
        decisions: input.consents,
      });
      return { supporterId };
    });
  }
}

async function requireSectionLanguage(manager: EntityManager, section: string, language: string): Promise<void> {
  const found = await manager.getRepository(SectionEntity).findOneBy({ code: section });
  if (!found) throw notFound('Section', section);
  if (!found.languages.includes(language)) {
    throw badUserInput(`The section ${section} writes to its supporters in: ${found.languages.join(', ')}.`, [
      { field: 'input.language', message: `must be one of ${found.languages.join(', ')}` },
    ]);
  }
}

/** Inserts the supporter unless the section knows the reference (a concurrent twin included); the new id or null. */
async function insertUnlessKnown(manager: EntityManager, section: string, reference: string, input: RegisterSupporterInput): Promise<string | null> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(SupporterEntity)
    .values({
      sectionCode: section,
      language: input.language,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email,
      street: input.postalAddress.street,
      postalCode: input.postalAddress.postalCode,
      locality: input.postalAddress.locality,
      addressCountry: input.postalAddress.country,
      phone: input.phone,
      commitment: input.commitment,
      status: 'ACTIVE',
      contactReference: reference,
    })
    .orIgnore()
    .returning(['id'])
    .updateEntity(false)
    .execute();
  const rows = result.raw as { id: string }[];
  return rows[0]?.id ?? null;
}

async function lockKnown(manager: EntityManager, section: string, reference: string): Promise<SupporterEntity> {
  return manager.getRepository(SupporterEntity).findOneOrFail({
    where: { sectionCode: section, contactReference: reference },
    lock: { mode: 'pessimistic_write' },
  });
}
