-- Written by hand: the audit chain functions in PL/pgSQL (docs/decisions/013-audit-hash-chain.md).
--
-- PostgreSQL 17 plans a non-inlined SQL-language function afresh on every call,
-- and the chain trigger called eleven of them per event: 20,000 events in one
-- transaction took 10 s. PL/pgSQL keeps its plans, and the same load takes 2 s.
-- The serialisation is unchanged, byte for byte; the event is serialised
-- before the chain lock is taken, so the lock is held for less time.

CREATE OR REPLACE FUNCTION audit_chain_field(value text) RETURNS bytea LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF value IS NULL THEN
    RETURN convert_to('-', 'UTF8');
  END IF;
  RETURN convert_to(octet_length(convert_to(value, 'UTF8'))::text || ':' || value, 'UTF8');
END
$$;

CREATE OR REPLACE FUNCTION audit_event_canonical(e audit_event) RETURNS bytea LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN convert_to('audit-event-v1', 'UTF8')
      || audit_chain_field(e.id::text)
      || audit_chain_field(to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
      || audit_chain_field(e.actor_kind::text)
      || audit_chain_field(e.actor_id)
      || audit_chain_field(e.action)
      || audit_chain_field(e.entity_type)
      || audit_chain_field(e.entity_id)
      || audit_chain_field(e.nhs_number)
      || audit_chain_field(e.details::text)
      || audit_chain_field(e.request_id);
END
$$;

CREATE OR REPLACE FUNCTION audit_chain_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  canonical bytea := audit_event_canonical(NEW);
  last_seq bigint;
  last_hash bytea;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('consent-register:audit-chain', 0));
  SELECT c.seq, c.hash INTO last_seq, last_hash FROM audit_chain c ORDER BY c.seq DESC LIMIT 1;
  IF last_seq IS NULL THEN
    last_seq := 0;
    last_hash := decode(repeat('00', 32), 'hex');
  END IF;
  INSERT INTO audit_chain (seq, event_id, prev_hash, hash)
  VALUES (last_seq + 1, NEW.id, last_hash, sha256(last_hash || canonical));
  RETURN NULL;
END
$$;
