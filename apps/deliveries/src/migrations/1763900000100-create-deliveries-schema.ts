import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDeliveriesSchema1763900000100 implements MigrationInterface {
  name = 'CreateDeliveriesSchema1763900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE embassy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        represented_country char(2) NOT NULL,
        host_country char(2) NOT NULL,
        city text NOT NULL,
        city_names jsonb NOT NULL,
        street text NOT NULL,
        postal_code text,
        contact_email text,
        contact_phone text,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_embassy_represented_host_city ON embassy (represented_country, host_country, city)`);
    await queryRunner.query(`
      CREATE TABLE known_case (
        case_id uuid PRIMARY KEY,
        slug text,
        country char(2),
        status text NOT NULL CONSTRAINT known_case_status_check CHECK (status IN ('ACTIVE', 'RELEASED', 'CLOSED')),
        status_changed_on date,
        published boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT fk_delivery_known_case REFERENCES known_case(case_id) ON DELETE RESTRICT,
        section text NOT NULL,
        embassy_id uuid NOT NULL CONSTRAINT fk_delivery_embassy REFERENCES embassy(id) ON DELETE RESTRICT,
        status text NOT NULL CONSTRAINT delivery_status_check CHECK (status IN ('PLANNED', 'DELIVERED', 'REFUSED', 'POSTPONED', 'CANCELLED')),
        planned_for date,
        delivered_at timestamptz,
        cutoff_at timestamptz,
        online_signatures integer,
        paper_signatures integer,
        letters integer,
        received_by_title text,
        received_by_name text,
        delivered_by text,
        notes text,
        evidence jsonb NOT NULL,
        planned_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT delivery_handover_check CHECK (status <> 'DELIVERED' OR (delivered_at IS NOT NULL AND cutoff_at IS NOT NULL AND online_signatures IS NOT NULL AND paper_signatures IS NOT NULL AND letters IS NOT NULL)),
        CONSTRAINT delivery_cutoff_check CHECK (cutoff_at <= delivered_at),
        CONSTRAINT delivery_counts_check CHECK (online_signatures >= 0 AND paper_signatures >= 0 AND letters >= 0)
      )`);
    await queryRunner.query(`CREATE INDEX idx_delivery_case_id_section ON delivery (case_id, section)`);
    await queryRunner.query(`CREATE INDEX idx_delivery_section_status ON delivery (section, status)`);
    await queryRunner.query(`CREATE INDEX idx_delivery_embassy_id ON delivery (embassy_id)`);
    await queryRunner.query(`
      CREATE TABLE delivery_status_change (
        position bigserial PRIMARY KEY,
        delivery_id uuid NOT NULL CONSTRAINT fk_delivery_status_change_delivery REFERENCES delivery(id) ON DELETE CASCADE,
        status text NOT NULL CONSTRAINT delivery_status_change_status_check CHECK (status IN ('PLANNED', 'DELIVERED', 'REFUSED', 'POSTPONED', 'CANCELLED')),
        at timestamptz NOT NULL,
        planned_for date,
        reason text,
        changed_by text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX idx_delivery_status_change_delivery_id_position ON delivery_status_change (delivery_id, position)`);
    await queryRunner.query(`
      CREATE TABLE collected_action (
        action_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        section text NOT NULL,
        kind text NOT NULL CONSTRAINT collected_action_kind_check CHECK (kind IN ('ONLINE_SIGNATURE', 'PAPER_SIGNATURES', 'LETTER')),
        quantity integer NOT NULL CONSTRAINT collected_action_quantity_check CHECK (quantity > 0),
        occurred_at timestamptz NOT NULL,
        retracted_at timestamptz,
        delivery_id uuid CONSTRAINT fk_collected_action_delivery REFERENCES delivery(id) ON DELETE RESTRICT
      )`);
    await queryRunner.query(`CREATE INDEX idx_collected_action_case_id_section ON collected_action (case_id, section)`);
    await queryRunner.query(`CREATE INDEX idx_collected_action_delivery_id ON collected_action (delivery_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['collected_action', 'delivery_status_change', 'delivery', 'known_case', 'embassy']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
