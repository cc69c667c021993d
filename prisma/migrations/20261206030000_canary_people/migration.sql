-- Written by hand: a data migration, no schema change. The canary people
-- (lib/canary/canaries.ts, docs/OPERATIONS.md "Canaries"): reserved NHS
-- numbers whose decisions go through the register's own tables exactly as
-- recordDecision and refreshPersonConsent write them (docs/decisions/004):
-- decision + first status event + audit event, then person locks in sorted
-- order, then change numbers from consent_change_counter, taken last and held
-- to commit, then the person_consent projection. The whole script runs as one
-- transaction (lib/database/migrate.ts sends it as one query), so the counter
-- row lock orders these changes among any others, and the audit chain's
-- deferred trigger links the audit events at commit. Plain SQL on purpose:
-- no function bodies ($$), which adapter-pg would split on ";".
--
-- Canaries: 9999999905 opted out online; 9999999913 opted out on paper then
-- back in online; 9999999921 opted out by the CareMyWay legacy import;
-- 9999999948 opted out online by an attorney, evidence accepted (so it is not
-- on the staff review queue). Their names say what they are, for staff search.

-- Refuse, loudly, a database where a canary number already has history:
-- the canaries' expected answers would not hold there. The message is the
-- error (a failed cast is the one way plain SQL can raise one; it names a
-- column so that it is evaluated per row, never folded when there are none).
SELECT CAST('canary NHS number ' || nhs_number || ' already has decisions: see docs/OPERATIONS.md, Canaries' AS integer)
  FROM decision WHERE nhs_number LIKE '99999999%' LIMIT 1;

-- 1. Person locks, in sorted order, before any row is written (as lockPeople does).
SELECT pg_advisory_xact_lock(hashtextextended('person:9999999905', 0));
SELECT pg_advisory_xact_lock(hashtextextended('person:9999999913', 0));
SELECT pg_advisory_xact_lock(hashtextextended('person:9999999921', 0));
SELECT pg_advisory_xact_lock(hashtextextended('person:9999999948', 0));

-- 2. The decisions (the bulk write gate trigger takes its shared lock here).
INSERT INTO decision (id, reference, nhs_number, given_name, family_name, date_of_birth, postcode, gp_practice_ods,
                      choice, made_by, proxy_name, proxy_relationship, channel, contact_email, decided_at,
                      recorded_by_kind, recorded_by_id, source_reference, import_run_id, source_row, source_code, corrects_id)
VALUES
  ('ca0a0000-0000-4000-8000-000000000001', 'CANARY22T', '9999999905', 'CANARY test person', 'Canary-Opted-Out-Online',
   '1970-01-01', 'N1 1AA', NULL, 'OPT_OUT', 'SELF', NULL, NULL, 'ONLINE', NULL, '2025-01-06T10:00:00Z',
   'SYSTEM', 'canary-migration', 'canary: reserved test person, do not change', NULL, NULL, NULL, NULL),
  ('ca0a0000-0000-4000-8000-000000000002', 'CANARY239', '9999999913', 'CANARY test person', 'Canary-Opted-Out-Then-In',
   '1970-01-01', 'N1 1AA', NULL, 'OPT_OUT', 'SELF', NULL, NULL, 'PAPER', NULL, '2025-01-06T10:00:00Z',
   'SYSTEM', 'canary-migration', 'canary: reserved test person, do not change', NULL, NULL, NULL, NULL),
  ('ca0a0000-0000-4000-8000-000000000003', 'CANARY24N', '9999999913', 'CANARY test person', 'Canary-Opted-Out-Then-In',
   '1970-01-01', 'N1 1AA', NULL, 'OPT_IN', 'SELF', NULL, NULL, 'ONLINE', NULL, '2025-02-03T10:00:00Z',
   'SYSTEM', 'canary-migration', 'canary: reserved test person, do not change', NULL, NULL, NULL, NULL),
  ('ca0a0000-0000-4000-8000-000000000004', 'CANARY254', '9999999921', 'CANARY test person', 'Canary-Legacy-Import',
   '1970-01-01', 'N1 1AA', NULL, 'OPT_OUT', 'SELF', NULL, NULL, 'CAREMYWAY_IMPORT', NULL, '2024-03-01T00:00:00Z',
   'SYSTEM', 'canary-migration', 'canary: reserved test person, do not change', NULL, NULL, NULL, NULL),
  ('ca0a0000-0000-4000-8000-000000000005', 'CANARY26G', '9999999948', 'CANARY test person', 'Canary-Proxy',
   '1970-01-01', 'N1 1AA', NULL, 'OPT_OUT', 'ATTORNEY', 'CANARY test attorney', 'Lasting power of attorney', 'ONLINE', NULL,
   '2025-01-06T11:00:00Z', 'SYSTEM', 'canary-migration', 'canary: reserved test person, do not change', NULL, NULL, NULL, NULL);

INSERT INTO decision_status_event (decision_id, status, by_kind, by_id)
VALUES
  ('ca0a0000-0000-4000-8000-000000000001', 'EFFECTIVE', 'SYSTEM', 'canary-migration'),
  ('ca0a0000-0000-4000-8000-000000000002', 'EFFECTIVE', 'SYSTEM', 'canary-migration'),
  ('ca0a0000-0000-4000-8000-000000000003', 'EFFECTIVE', 'SYSTEM', 'canary-migration'),
  ('ca0a0000-0000-4000-8000-000000000004', 'EFFECTIVE', 'SYSTEM', 'canary-migration'),
  ('ca0a0000-0000-4000-8000-000000000005', 'EFFECTIVE', 'SYSTEM', 'canary-migration');

-- The proxy's evidence, already accepted: a proxy decision is on the review
-- queue until its evidence is reviewed.
INSERT INTO decision_evidence (id, decision_id, method, status, reviewed_at, reviewed_by, review_note)
VALUES ('ca0a0000-0000-4000-8000-0000000000e5', 'ca0a0000-0000-4000-8000-000000000005', 'POST', 'ACCEPTED', now(),
        'canary-migration', 'Canary: no evidence exists; accepted so it never waits on the queue.');

INSERT INTO audit_event (actor_kind, actor_id, action, entity_type, entity_id, nhs_number, details)
VALUES
  ('SYSTEM', 'canary-migration', 'decision.record', 'decision', 'ca0a0000-0000-4000-8000-000000000001', '9999999905',
   '{"reference":"CANARY22T","choice":"OPT_OUT","channel":"ONLINE","madeBy":"SELF","status":"EFFECTIVE","decidedAt":"2025-01-06T10:00:00.000Z","canary":true}'),
  ('SYSTEM', 'canary-migration', 'decision.record', 'decision', 'ca0a0000-0000-4000-8000-000000000002', '9999999913',
   '{"reference":"CANARY239","choice":"OPT_OUT","channel":"PAPER","madeBy":"SELF","status":"EFFECTIVE","decidedAt":"2025-01-06T10:00:00.000Z","canary":true}'),
  ('SYSTEM', 'canary-migration', 'decision.record', 'decision', 'ca0a0000-0000-4000-8000-000000000003', '9999999913',
   '{"reference":"CANARY24N","choice":"OPT_IN","channel":"ONLINE","madeBy":"SELF","status":"EFFECTIVE","decidedAt":"2025-02-03T10:00:00.000Z","canary":true}'),
  ('SYSTEM', 'canary-migration', 'decision.record', 'decision', 'ca0a0000-0000-4000-8000-000000000004', '9999999921',
   '{"reference":"CANARY254","choice":"OPT_OUT","channel":"CAREMYWAY_IMPORT","madeBy":"SELF","status":"EFFECTIVE","decidedAt":"2024-03-01T00:00:00.000Z","canary":true}'),
  ('SYSTEM', 'canary-migration', 'decision.record', 'decision', 'ca0a0000-0000-4000-8000-000000000005', '9999999948',
   '{"reference":"CANARY26G","choice":"OPT_OUT","channel":"ONLINE","madeBy":"ATTORNEY","status":"EFFECTIVE","decidedAt":"2025-01-06T11:00:00.000Z","canary":true}'),
  ('SYSTEM', 'canary-migration', 'review.accept', 'decision', 'ca0a0000-0000-4000-8000-000000000005', '9999999948',
   '{"reference":"CANARY26G","previousStatus":"EFFECTIVE","madeBy":"ATTORNEY","canary":true}');

-- 3. Change numbers, last: the counter row's lock is held to commit, so these
-- numbers are handed out in commit order with no gap. 9999999913 gets two
-- changes (opted out, then participating), as two decisions recorded one
-- after the other would have given it.
WITH counter AS (
  UPDATE consent_change_counter SET last_seq = last_seq + 5 WHERE id = 1 RETURNING last_seq
)
INSERT INTO consent_change (seq, nhs_number, status, decision_id, decided_at, channel, changed_at)
SELECT counter.last_seq - 5 + c.n, c.nhs_number, c.status::"ConsentStatus", c.decision_id::uuid, c.decided_at::timestamptz,
       c.channel::"Channel", now()
  FROM counter,
       (VALUES (1, '9999999905', 'OPTED_OUT', 'ca0a0000-0000-4000-8000-000000000001', '2025-01-06T10:00:00Z', 'ONLINE'),
               (2, '9999999913', 'OPTED_OUT', 'ca0a0000-0000-4000-8000-000000000002', '2025-01-06T10:00:00Z', 'PAPER'),
               (3, '9999999913', 'PARTICIPATING', 'ca0a0000-0000-4000-8000-000000000003', '2025-02-03T10:00:00Z', 'ONLINE'),
               (4, '9999999921', 'OPTED_OUT', 'ca0a0000-0000-4000-8000-000000000004', '2024-03-01T00:00:00Z', 'CAREMYWAY_IMPORT'),
               (5, '9999999948', 'OPTED_OUT', 'ca0a0000-0000-4000-8000-000000000005', '2025-01-06T11:00:00Z', 'ONLINE'))
       AS c(n, nhs_number, status, decision_id, decided_at, channel);

-- 4. The projection: each canary's latest change. No ON CONFLICT on purpose:
-- an existing row for a canary number fails the migration rather than being
-- silently overwritten.
INSERT INTO person_consent (nhs_number, status, decision_id, decided_at, channel, seq, updated_at)
SELECT DISTINCT ON (nhs_number) nhs_number, status, decision_id, decided_at, channel, seq, changed_at
  FROM consent_change
 WHERE decision_id IN ('ca0a0000-0000-4000-8000-000000000001', 'ca0a0000-0000-4000-8000-000000000002',
                       'ca0a0000-0000-4000-8000-000000000003', 'ca0a0000-0000-4000-8000-000000000004',
                       'ca0a0000-0000-4000-8000-000000000005')
 ORDER BY nhs_number, seq DESC;
