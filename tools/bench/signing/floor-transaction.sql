-- One pgbench transaction of the signing floor: a signature row and its action.recorded outbox row.
\set c random(1, 3)
BEGIN;
INSERT INTO signature (action_id, case_id, section, contact_reference, signer_name, signer_email, signer_country, consent_text_version, consent_language, signed_at)
  VALUES (gen_random_uuid(), ('00000000-0000-4000-8000-00000000000' || :c)::uuid, 'BE-FR', md5(random()::text), 'Bench Signer', md5(random()::text) || '@example.org', 'BE', '2020-11', 'fr', now());
INSERT INTO outbox (event_id, topic, event_type, source, subject, aggregate_id, occurred_at, data)
  VALUES (gen_random_uuid(), 'plume.actions', 'org.plume.action.recorded.v1', '/plume/actions', 'case/00000000-0000-4000-8000-00000000000' || :c, '00000000-0000-4000-8000-00000000000' || :c, now(),
          jsonb_build_object('actionId', gen_random_uuid(), 'caseId', '00000000-0000-4000-8000-00000000000' || :c, 'section', 'BE-FR', 'type', 'ONLINE_SIGNATURE', 'source', 'WEBSITE', 'quantity', 1, 'occurredAt', now(), 'recordedAt', now()));
END;
