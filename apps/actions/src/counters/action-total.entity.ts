import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActionSource, ActionType } from '../actions/action.entity';

export type CounterSubject = 'CASE' | 'CAMPAIGN' | 'SUPPORTER';

/** `section` value of the rows that count every section together (cases and campaigns). */
export const ALL_SECTIONS = '*';

/**
 * Running totals: the quantity of ACCEPTED actions per subject (case, campaign, supporter), section,
 * type and source. Moved by `quantity = quantity + delta` in the transaction that accepts or retracts
 * an action, so reads never scan the action table and concurrent writers never lose an update.
 * No CHECK (quantity >= 0): PostgreSQL checks the row an upsert proposes (the negative delta itself)
 * before it finds the conflict; counter-store.ts refuses a total below zero instead.
 */
@Entity({ name: 'action_total' })
@Check('action_total_subject_kind_check', `subject_kind IN ('CASE', 'CAMPAIGN', 'SUPPORTER')`)
export class ActionTotalEntity {
  @PrimaryColumn({ type: 'text' })
  subjectKind: CounterSubject;

  @PrimaryColumn({ type: 'uuid' })
  subjectId: string;

  /** A section code, or `*` for all sections. */
  @PrimaryColumn({ type: 'text' })
  section: string;

  @PrimaryColumn({ type: 'text' })
  actionType: ActionType;

  @PrimaryColumn({ type: 'text' })
  source: ActionSource;

  @Column({ type: 'bigint' })
  quantity: string;
}
