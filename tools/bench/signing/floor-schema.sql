-- The pgbench floor of the signing benchmark (tools/bench/signing.ts): the least a one-click signature
-- must write durably — one business row and one outbox row, in one transaction — with the shapes and
-- indexes of the actions subgraph's `signature` and `outbox` tables. Created in a scratch database.
CREATE TABLE signature (
  action_id uuid PRIMARY KEY,
  case_id uuid NOT NULL,
  section text NOT NULL,
  contact_reference text,
  signer_name text,
  signer_email text,
  signer_country character(2),
  consent_text_version text NOT NULL,
  consent_language text NOT NULL,
  signed_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX uq_signature_case_contact_reference ON signature (case_id, contact_reference);
CREATE INDEX idx_signature_case_section_signed_at ON signature (case_id, section, signed_at, action_id);

CREATE TABLE outbox (
  position bigserial PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE,
  topic text NOT NULL,
  event_type text NOT NULL,
  source text NOT NULL,
  subject text,
  aggregate_id text NOT NULL,
  occurred_at timestamptz NOT NULL,
  data jsonb NOT NULL,
  published_at timestamptz
);
CREATE INDEX outbox_unpublished_idx ON outbox (position) WHERE published_at IS NULL;
