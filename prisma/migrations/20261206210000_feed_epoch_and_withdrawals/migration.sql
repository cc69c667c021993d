-- The register's epoch (docs/decisions/020): a random id that every feed
-- cursor carries. A new database (db:reset, a restore, which migrates an empty
-- database and is not given this table back by the backup) gets a new one, so a
-- cursor from before is refused instead of silently missing changes.
CREATE TABLE "register_epoch" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "epoch" UUID NOT NULL DEFAULT gen_random_uuid(),
    "began_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "register_epoch_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "register_epoch" ADD CONSTRAINT "register_epoch_single_row" CHECK ("id" = 1);
INSERT INTO "register_epoch" ("id") VALUES (1);

-- A change caused by withdrawing the decision that was in force carries the
-- withdrawal's reason and when it took effect.
ALTER TABLE "consent_change" ADD COLUMN "withdrawal_reason" VARCHAR(1000),
ADD COLUMN "withdrawn_at" TIMESTAMPTZ(3);

-- Changes already in the feed: the decision in force before each change (the
-- person's previous change), where that decision was withdrawn by the time of
-- the change. consent_change is append-only, so its trigger is switched off for
-- this one backfill, inside the migration's transaction, and on again before it commits.
ALTER TABLE "consent_change" DISABLE TRIGGER consent_change_append_only;
UPDATE "consent_change" c SET "withdrawal_reason" = w."reason", "withdrawn_at" = w."changed_at"
  FROM (
    SELECT c2."seq", e."reason", e."changed_at"
      FROM "consent_change" c2
      CROSS JOIN LATERAL (
        SELECT p."decision_id" FROM "consent_change" p
         WHERE p."nhs_number" = c2."nhs_number" AND p."seq" < c2."seq"
         ORDER BY p."seq" DESC LIMIT 1
      ) prev
      CROSS JOIN LATERAL (
        SELECT e."status", e."reason", e."changed_at" FROM "decision_status_event" e
         WHERE e."decision_id" = prev."decision_id" AND e."changed_at" <= c2."changed_at"
         ORDER BY e."id" DESC LIMIT 1
      ) e
     WHERE prev."decision_id" IS DISTINCT FROM c2."decision_id" AND e."status" = 'WITHDRAWN'
  ) w
 WHERE w."seq" = c."seq";
ALTER TABLE "consent_change" ENABLE TRIGGER consent_change_append_only;
