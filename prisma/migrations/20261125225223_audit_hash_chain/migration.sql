-- CreateTable
CREATE TABLE "audit_chain" (
    "seq" BIGINT NOT NULL,
    "event_id" BIGINT NOT NULL,
    "prev_hash" BYTEA NOT NULL,
    "hash" BYTEA NOT NULL,

    CONSTRAINT "audit_chain_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "audit_chain_event_id_key" ON "audit_chain"("event_id");

-- AddForeignKey
ALTER TABLE "audit_chain" ADD CONSTRAINT "audit_chain_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "audit_event"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- Written by hand: the audit log's hash chain (docs/decisions/013-audit-hash-chain.md).
--
-- Every audit event gets one link in audit_chain, in commit order:
--   hash = SHA-256(prev_hash || canonical serialisation of the event)
-- The first link's prev_hash is 32 zero bytes. lib/audit/canonical-audit-event.ts
-- reproduces the serialisation byte for byte, and `npm run audit:verify` walks
-- the chain recomputing every hash.

-- One field: "-" for NULL, otherwise the value's UTF-8 byte length, ":", and
-- the bytes themselves, so no two events serialise alike.
CREATE FUNCTION audit_chain_field(value text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN value IS NULL THEN convert_to('-', 'UTF8')
              ELSE convert_to(octet_length(convert_to(value, 'UTF8'))::text || ':' || value, 'UTF8') END
$$;

-- Version tag, then every column in a fixed order. Timestamps in UTC with
-- milliseconds (the column's precision); details in jsonb's own text form
-- (keys in jsonb's fixed order). A new audit_event column needs a new version.
CREATE FUNCTION audit_event_canonical(e audit_event) RETURNS bytea LANGUAGE sql STABLE AS $$
  SELECT convert_to('audit-event-v1', 'UTF8')
      || audit_chain_field(e.id::text)
      || audit_chain_field(to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
      || audit_chain_field(e.actor_kind::text)
      || audit_chain_field(e.actor_id)
      || audit_chain_field(e.action)
      || audit_chain_field(e.entity_type)
      || audit_chain_field(e.entity_id)
      || audit_chain_field(e.nhs_number)
      || audit_chain_field(e.details::text)
      || audit_chain_field(e.request_id)
$$;

-- Runs at commit (a deferred constraint trigger), after every other lock the
-- transaction takes, so waiting for the chain lock can never be part of a
-- deadlock cycle. The advisory lock is held until the commit is visible, and
-- each statement here sees everything committed before it: links are handed
-- out one at a time, in commit order, without gaps.
CREATE FUNCTION audit_chain_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
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
  VALUES (last_seq + 1, NEW.id, last_hash, sha256(last_hash || audit_event_canonical(NEW)));
  RETURN NULL;
END
$$;

-- The events already recorded are chained in id order.
LOCK TABLE "audit_event" IN EXCLUSIVE MODE;
DO $$
DECLARE
  e audit_event;
  prev bytea := decode(repeat('00', 32), 'hex');
  n bigint := 0;
  h bytea;
BEGIN
  FOR e IN SELECT * FROM audit_event ORDER BY id LOOP
    n := n + 1;
    h := sha256(prev || audit_event_canonical(e));
    INSERT INTO audit_chain (seq, event_id, prev_hash, hash) VALUES (n, e.id, prev, h);
    prev := h;
  END LOOP;
END
$$;

CREATE CONSTRAINT TRIGGER audit_event_chain AFTER INSERT ON "audit_event"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION audit_chain_append();

-- Links are written only by that trigger, and never changed or removed.
CREATE FUNCTION audit_chain_written_by_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'audit_chain is written only by the audit_event trigger'
      USING ERRCODE = 'insufficient_privilege',
            HINT = 'Insert the audit_event; its link is added when the transaction commits.';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER audit_chain_only_from_trigger BEFORE INSERT ON "audit_chain"
  FOR EACH ROW EXECUTE FUNCTION audit_chain_written_by_trigger();
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON "audit_chain"
  FOR EACH ROW EXECUTE FUNCTION forbid_append_only_change();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON "audit_chain"
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_append_only_change();
