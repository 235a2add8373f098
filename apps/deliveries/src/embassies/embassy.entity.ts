import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** City names by language (ISO 639-1), e.g. `{ "en": "Brussels" }`; `city` holds the local name. */
export type CityNames = Record<string, string>;

/** An embassy of the directory every section shares. */
@Entity({ name: 'embassy' })
// One embassy of a country per city: the seed and staff find it again instead of adding a twin.
@Index('uq_embassy_represented_host_city', ['representedCountry', 'hostCountry', 'city'], { unique: true })
export class EmbassyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 2 })
  representedCountry: string;

  @Column({ type: 'char', length: 2 })
  hostCountry: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'jsonb' })
  cityNames: CityNames;

  @Column({ type: 'text' })
  street: string;

  @Column({ type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
