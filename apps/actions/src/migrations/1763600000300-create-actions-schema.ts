import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateActionsSchema1763600000300 implements MigrationInterface {
  name = 'CreateActionsSchema1763600000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Projections of other subgraphs' events.
    await queryRunner.query(`
      CREATE TABLE known_case (
        case_id uuid PRIMARY KEY,
        slug text,
        status text NOT NULL CONSTRAINT known_case_status_check CHECK (status IN ('ACTIVE', 'RELEASED', 'CLOSED')),
        status_changed_on date,
        published boolean NOT NULL,
        campaign_codes text[] NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE known_campaign (
        campaign_id uuid PRIMARY KEY,
        code text NOT NULL,
        status text NOT NULL CONSTRAINT known_campaign_status_check CHECK (status IN ('DRAFT', 'ACTIVE', 'ENDED'))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_known_campaign_code ON known_campaign (code)`);
    await queryRunner.query(`
      CREATE TABLE feedback_request (
        id uuid PRIMARY KEY,
        token_hash text NOT NULL,
        adoption_id uuid NOT NULL,
        supporter_id uuid,
        section text NOT NULL,
        case_id uuid NOT NULL,
        period text NOT NULL,
        requested_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_feedback_request_token_hash ON feedback_request (token_hash)`);

    // Actions and what they are made of.
    await queryRunner.query(`
      CREATE TABLE feedback_submission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        adoption_id uuid NOT NULL,
        period text NOT NULL,
        feedback_request_id uuid NOT NULL,
        supporter_id uuid,
        section text NOT NULL,
        revision integer NOT NULL,
        entries jsonb NOT NULL,
        submitted_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_feedback_submission_adoption_period ON feedback_submission (adoption_id, period)`);
    await queryRunner.query(`
      CREATE TABLE action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL CONSTRAINT action_type_check
          CHECK (type IN ('LETTER', 'EMAIL', 'TWEET', 'POSTCARD', 'DRAWING', 'ONLINE_SIGNATURE', 'PAPER_SIGNATURES', 'EVENT', 'OTHER')),
        quantity integer NOT NULL CONSTRAINT action_quantity_check CHECK (quantity BETWEEN 1 AND 1000000),
        case_id uuid NOT NULL,
        campaign_id uuid,
        section text NOT NULL,
        supporter_id uuid,
        source text NOT NULL CONSTRAINT action_source_check CHECK (source IN ('WEBSITE', 'QUESTIONNAIRE', 'EVENT', 'IMPORT', 'STAFF')),
        status text NOT NULL CONSTRAINT action_status_check CHECK (status IN ('ACCEPTED', 'PENDING_CONFIRMATION', 'REJECTED', 'RETRACTED')),
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        status_changed_at timestamptz,
        recorded_by text NOT NULL,
        idempotency_key text,
        feedback_submission_id uuid CONSTRAINT fk_action_feedback_submission REFERENCES feedback_submission(id)
      )`);
    await queryRunner.query(`CREATE INDEX idx_action_case_id ON action (case_id)`);
    await queryRunner.query(`CREATE INDEX idx_action_supporter_id ON action (supporter_id)`);
    await queryRunner.query(`CREATE INDEX idx_action_feedback_submission_id ON action (feedback_submission_id)`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_action_section_idempotency_key ON action (section, idempotency_key)`);
    await queryRunner.query(`
      CREATE TABLE signature (
        action_id uuid PRIMARY KEY CONSTRAINT fk_signature_action REFERENCES action(id) DEFERRABLE INITIALLY DEFERRED,
        case_id uuid NOT NULL,
        section text NOT NULL,
        contact_reference text,
        signer_name text,
        signer_email text,
        signer_country char(2),
        consent_text_version text NOT NULL,
        consent_language text NOT NULL,
        signed_at timestamptz NOT NULL,
        retracted_at timestamptz,
        erased_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_signature_case_contact_reference ON signature (case_id, contact_reference)`);
    await queryRunner.query(`CREATE INDEX idx_signature_case_section_signed_at ON signature (case_id, section, signed_at, action_id)`);
    await queryRunner.query(`CREATE INDEX idx_signature_section_contact_reference ON signature (section, contact_reference)`);
    await queryRunner.query(`
      CREATE TABLE petition_request (
        section text NOT NULL,
        idempotency_key text NOT NULL,
        case_id uuid NOT NULL,
        action_id uuid CONSTRAINT fk_petition_request_action REFERENCES action(id),
        retraction_token_hash text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (section, idempotency_key)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_petition_request_retraction_token_hash ON petition_request (retraction_token_hash)`);

    // Counters, moved in the transactions that count or un-count actions. No CHECK (n >= 0) on them: PostgreSQL
    // checks the row an upsert proposes (a negative delta) before finding the conflict; the code refuses negatives.
    await queryRunner.query(`
      CREATE TABLE action_total (
        subject_kind text NOT NULL CONSTRAINT action_total_subject_kind_check CHECK (subject_kind IN ('CASE', 'CAMPAIGN', 'SUPPORTER')),
        subject_id uuid NOT NULL,
        section text NOT NULL,
        action_type text NOT NULL,
        source text NOT NULL,
        quantity bigint NOT NULL,
        PRIMARY KEY (subject_kind, subject_id, section, action_type, source)
      )`);
    await queryRunner.query(`
      CREATE TABLE case_progress (
        case_id uuid PRIMARY KEY,
        signatures bigint NOT NULL,
        letters bigint NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE case_milestone (
        case_id uuid NOT NULL,
        metric text NOT NULL CONSTRAINT case_milestone_metric_check CHECK (metric IN ('SIGNATURES', 'LETTERS')),
        threshold bigint NOT NULL,
        reached_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, metric, threshold)
      )`);
    await queryRunner.query(`
      CREATE TABLE campaign_signer (
        campaign_id uuid NOT NULL,
        section text NOT NULL,
        contact_reference text NOT NULL,
        signatures integer NOT NULL CONSTRAINT campaign_signer_signatures_check CHECK (signatures > 0),
        PRIMARY KEY (campaign_id, section, contact_reference)
      )`);
    await queryRunner.query(`
      CREATE TABLE campaign_signer_total (
        campaign_id uuid NOT NULL,
        section text NOT NULL,
        signers bigint NOT NULL,
        PRIMARY KEY (campaign_id, section)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'campaign_signer_total',
      'campaign_signer',
      'case_milestone',
      'case_progress',
      'action_total',
      'petition_request',
      'signature',
      'action',
      'feedback_submission',
      'feedback_request',
      'known_campaign',
      'known_case',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
