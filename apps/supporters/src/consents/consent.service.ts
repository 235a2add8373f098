import type { DataSource, EntityManager } from 'typeorm';
import { appendToOutbox, ConsentChanged } from '@plume/events';
import { SUPPORTERS_EVENT_SOURCE } from '../events';
import { ConsentEntity, type ConsentSource } from './consent.entity';
import type { ConsentDecision } from './consent.input';

export interface ConsentRecording {
  supporterId: string;
  section: string;
  source: ConsentSource;
  textVersion: string;
  textLanguage: string;
  decisions: ConsentDecision[];
}

export class ConsentService {
  constructor(private readonly dataSource: DataSource) {}

  /** The current consents (latest decision per purpose) of many supporters, in one query. */
  async currentOf(supporterIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ConsentEntity[][]> {
    const current = await manager
      .getRepository(ConsentEntity)
      .createQueryBuilder('c')
      .distinctOn(['c.supporter_id', 'c.purpose'])
      .where('c.supporter_id = ANY(:ids)', { ids: supporterIds })
      .orderBy('c.supporter_id')
      .addOrderBy('c.purpose')
      .addOrderBy('c.recorded_at', 'DESC')
      .getMany();
    return supporterIds.map((id) => current.filter((consent) => consent.supporterId === id));
  }

  /**
   * Records the decisions that change something (a new purpose, granted ↔ withdrawn, another text
   * version or language) inside the caller's transaction, each announced by consent.changed.v1.
   * Repeating the same decisions records nothing: registering twice does not grow the history.
   */
  async record(manager: EntityManager, recording: ConsentRecording): Promise<void> {
    const [current] = await this.currentOf([recording.supporterId], manager);
    for (const decision of recording.decisions) {
      const latest = current.find((consent) => consent.purpose === decision.purpose);
      const unchanged =
        latest && latest.granted === decision.granted && latest.textVersion === recording.textVersion && latest.textLanguage === recording.textLanguage;
      if (unchanged) continue;
      const consent = await manager.save(
        manager.create(ConsentEntity, {
          supporterId: recording.supporterId,
          purpose: decision.purpose,
          granted: decision.granted,
          textVersion: recording.textVersion,
          textLanguage: recording.textLanguage,
          source: recording.source,
        }),
      );
      await appendToOutbox(manager, {
        contract: ConsentChanged,
        aggregateId: recording.supporterId,
        source: SUPPORTERS_EVENT_SOURCE,
        data: {
          supporterId: recording.supporterId,
          section: recording.section,
          purpose: consent.purpose,
          granted: consent.granted,
          textVersion: consent.textVersion,
          textLanguage: consent.textLanguage,
          at: consent.recordedAt.toISOString(),
        },
      });
    }
  }
}
