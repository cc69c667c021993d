-- Written by hand: the bulk write gate (docs/decisions/007-legacy-import.md).
--
-- Online writers serialise per person on advisory locks, but a legacy import
-- changes hundreds of thousands of people in one transaction, far more locks
-- than PostgreSQL's shared lock table holds. Instead, every statement that
-- inserts decisions or status events takes this gate shared, and a bulk writer
-- takes it exclusively for the short final step where it recomputes people's
-- states: while it holds it, no other writer is between its insert and its
-- commit, and later writers wait at their insert, then recompute from
-- everything the import committed. Shared holders never wait for each other.
CREATE FUNCTION wait_for_bulk_write_gate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(hashtextextended('consent-register:bulk-write-gate', 0));
  RETURN NULL;
END
$$;

CREATE TRIGGER decision_bulk_write_gate BEFORE INSERT ON "decision"
  FOR EACH STATEMENT EXECUTE FUNCTION wait_for_bulk_write_gate();
CREATE TRIGGER decision_status_event_bulk_write_gate BEFORE INSERT ON "decision_status_event"
  FOR EACH STATEMENT EXECUTE FUNCTION wait_for_bulk_write_gate();
