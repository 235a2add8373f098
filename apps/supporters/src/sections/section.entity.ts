import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A national section. Public organisation data: no personal data here. */
@Entity({ name: 'section' })
@Check('section_code_check', `code ~ '^[A-Z]{2}(-[A-Z]{2,3})?$'`)
export class SectionEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  websiteOrigins: string[];

  @Column({ type: 'text' })
  contactEmail: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
