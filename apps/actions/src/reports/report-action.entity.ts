import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Which actions the roll-ups count: an `action.recorded` for a known action, or an `action.retracted`
 * for one no longer counted, changes nothing. That makes the roll-ups idempotent whatever delivers an
 * event twice (a redelivery, the relay, a replay after a rebuild from the actions table).
 */
@Entity({ name: 'report_action' })
export class ReportActionEntity {
  @PrimaryColumn({ type: 'uuid' })
  actionId: string;

  /** False once retracted: it stays, so a late duplicate of its `action.recorded` cannot count it again. */
  @Column({ type: 'boolean' })
  counted: boolean;

  /** Who took it (report_person), when anyone is known: kept because a retraction must find the same person. */
  @Column({ type: 'integer', nullable: true })
  personKey: number | null;
}
