import type { DataSource } from 'typeorm';
import { appendToOutbox, SupporterErased } from '@plume/events';
import { endAdoptions, lockActiveAdoptions } from '../adoptions/adoption-ending';
import { ConsentEntity } from '../consents/consent.entity';
import { SUPPORTERS_EVENT_SOURCE } from '../events';
import { lockSupporterOfSection } from '../supporters/supporter-lock';
import { PERSONAL_COLUMNS, SupporterEntity } from '../supporters/supporter.entity';
import { ErasureAuditEntity } from './erasure-audit.entity';

export interface ErasureReceipt {
  supporterId: string;
  erasedAt: Date;
}

/**
 * The right to erasure, for real: the personal columns are overwritten with NULL (not flagged hidden),
 * consents and the contact reference are deleted, active adoptions end (SUPPORTER_LEFT), an audit row
 * records who erased whom and when — by ids only — and supporter.erased.v1 carries the contact
 * reference so that the other subgraphs erase what they hold. All in one transaction.
 * Erasing an erased supporter answers the first erasure's receipt.
 */
export class ErasureService {
  constructor(private readonly dataSource: DataSource) {}

  erase(section: string, supporterId: string, erasedBy: string): Promise<ErasureReceipt> {
    return this.dataSource.transaction(async (manager) => {
      const supporter = await lockSupporterOfSection(manager, supporterId, section);
      if (supporter.status === 'ERASED' && supporter.erasedAt) return { supporterId, erasedAt: supporter.erasedAt };
      const contactReference = supporter.contactReference;
      const erasedAt = new Date();

      await endAdoptions(manager, await lockActiveAdoptions(manager, { supporterId }), 'SUPPORTER_LEFT', erasedAt);
      await manager.delete(ConsentEntity, { supporterId });
      const wiped = Object.fromEntries(PERSONAL_COLUMNS.map((column) => [column, null]));
      await manager.update(SupporterEntity, { id: supporterId }, { ...wiped, status: 'ERASED', erasedAt });
      await manager.insert(ErasureAuditEntity, { supporterId, sectionCode: section, erasedBy, erasedAt });
      await appendToOutbox(manager, {
        contract: SupporterErased,
        aggregateId: supporterId,
        source: SUPPORTERS_EVENT_SOURCE,
        data: { supporterId, section, contactReference: contactReference ?? '' },
      });
      return { supporterId, erasedAt };
    });
  }
}
