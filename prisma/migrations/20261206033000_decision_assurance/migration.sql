-- Each decision records what proves it came from the person (docs/decisions/015).
CREATE TYPE "Assurance" AS ENUM ('VERIFIED', 'PROVED_EMAIL', 'UNPROVED');

ALTER TABLE "decision" ADD COLUMN "assurance" "Assurance",
ADD COLUMN "nhs_login_email" VARCHAR(254),
ADD COLUMN "verified_nhs_number" VARCHAR(10);

-- Existing rows: online with a (proved) contact email, legacy imports, and
-- everything else (keyed from phone or paper) as unproved. decision is
-- append-only, so its trigger is switched off for this one backfill, inside
-- the migration's transaction, and on again before it commits.
ALTER TABLE "decision" DISABLE TRIGGER decision_append_only;
UPDATE "decision" SET "assurance" = CASE
  WHEN "channel" IN ('CAREMYWAY_IMPORT', 'CIDR_IMPORT') THEN 'VERIFIED'::"Assurance"
  WHEN "channel" = 'ONLINE' AND "contact_email" IS NOT NULL THEN 'PROVED_EMAIL'::"Assurance"
  ELSE 'UNPROVED'::"Assurance"
END;
ALTER TABLE "decision" ENABLE TRIGGER decision_append_only;

-- No default: every writer must say how the decision was proved.
ALTER TABLE "decision" ALTER COLUMN "assurance" SET NOT NULL;

-- A proved email needs the email; the NHS login fields belong to a verified
-- decision for that same NHS number.
ALTER TABLE "decision" ADD CONSTRAINT "decision_proved_email_has_email"
  CHECK ("assurance" <> 'PROVED_EMAIL' OR "contact_email" IS NOT NULL);
ALTER TABLE "decision" ADD CONSTRAINT "decision_verified_nhs_number_matches"
  CHECK ("verified_nhs_number" IS NULL OR ("assurance" = 'VERIFIED' AND "verified_nhs_number" = "nhs_number"));
ALTER TABLE "decision" ADD CONSTRAINT "decision_nhs_login_email_is_verified"
  CHECK ("nhs_login_email" IS NULL OR "verified_nhs_number" IS NOT NULL);

