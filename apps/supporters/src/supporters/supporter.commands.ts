import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '@plume/database';
import { badUserInput, conflict } from '@plume/errors';
import { contactReference } from '@plume/privacy';
import type { ConsentSource } from '../consents/consent.entity';
import type { RecordConsentsInput } from '../consents/consent.input';
import type { ConsentService } from '../consents/consent.service';
import { SectionEntity } from '../sections/section.entity';
import { lockLiveSupporterOfSection } from './supporter-lock';
import type { SupporterEntity, SupporterStatus } from './supporter.entity';
import type { UpdateSupporterInput } from './supporter.input';

/**
 * Staff changes to a supporter. They carry personal data, so no event announces them (the contracts
 * have none); consents do have theirs.
 */
export class SupporterCommands {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consents: ConsentService,
    private readonly contactReferenceSecret: string,
  ) {}

  async update(section: string, id: string, input: UpdateSupporterInput): Promise<SupporterEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const supporter = await lockLiveSupporterOfSection(manager, id, section);
        if (input.language) {
          const { languages } = await manager.getRepository(SectionEntity).findOneByOrFail({ code: section });
          if (!languages.includes(input.language)) {
            throw badUserInput(`The section writes in: ${languages.join(', ')}.`, [{ field: 'input.language', message: `must be one of ${languages.join(', ')}` }]);
          }
          supporter.language = input.language;
        }
        if (input.givenName) supporter.givenName = input.givenName;
        if (input.familyName) supporter.familyName = input.familyName;
        if (input.commitment) supporter.commitment = input.commitment;
        if (input.phone !== undefined) supporter.phone = input.phone;
        if (input.email) {
          supporter.email = input.email;
          supporter.contactReference = contactReference(input.email, this.contactReferenceSecret);
        }
        if (input.postalAddress) {
          supporter.street = input.postalAddress.street;
          supporter.postalCode = input.postalAddress.postalCode;
          supporter.locality = input.postalAddress.locality;
          supporter.addressCountry = input.postalAddress.country;
        }
        return manager.save(supporter);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('Another supporter of the section already has this email address.');
      throw error;
    }
  }

  async recordConsents(section: string, id: string, source: ConsentSource, input: RecordConsentsInput): Promise<SupporterEntity> {
    return this.dataSource.transaction(async (manager) => {
      const supporter = await lockLiveSupporterOfSection(manager, id, section);
      await this.consents.record(manager, {
        supporterId: supporter.id,
        section,
        source,
        textVersion: input.consentTextVersion,
        textLanguage: input.consentTextLanguage,
        decisions: input.consents,
      });
      return supporter;
    });
  }

  /** PAUSED: a break; adoptions stay, monthly questionnaires stop. */
  pause(section: string, id: string): Promise<SupporterEntity> {
    return this.changeStatus(section, id, 'PAUSED');
  }

  resume(section: string, id: string): Promise<SupporterEntity> {
    return this.changeStatus(section, id, 'ACTIVE');
  }

  private changeStatus(section: string, id: string, status: Exclude<SupporterStatus, 'ERASED'>): Promise<SupporterEntity> {
    return this.dataSource.transaction(async (manager) => {
      const supporter = await lockLiveSupporterOfSection(manager, id, section);
      if (supporter.status === status) throw badUserInput(`The supporter is already ${status}.`, [{ field: 'id', message: `already ${status}` }]);
      supporter.status = status;
      return manager.save(supporter);
    });
  }
}
