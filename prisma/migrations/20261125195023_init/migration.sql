-- CreateEnum
CREATE TYPE "Choice" AS ENUM ('OPT_OUT', 'OPT_IN');

-- CreateEnum
CREATE TYPE "DecisionMaker" AS ENUM ('SELF', 'PARENT_OR_GUARDIAN', 'ATTORNEY', 'DEPUTY');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('ONLINE', 'PAPER', 'PHONE', 'CAREMYWAY_IMPORT', 'CIDR_IMPORT');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('EFFECTIVE', 'AWAITING_REVIEW', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('RESIDENT', 'STAFF', 'SYSTEM', 'API_CLIENT');

-- CreateEnum
CREATE TYPE "ConsentStatus" AS ENUM ('PARTICIPATING', 'OPTED_OUT');

-- CreateEnum
CREATE TYPE "Borough" AS ENUM ('BARNET', 'CAMDEN', 'ENFIELD', 'HARINGEY', 'ISLINGTON');

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('GP_PRACTICE', 'ACUTE_HOSPITAL', 'COMMUNITY_HEALTH', 'MENTAL_HEALTH', 'LOCAL_AUTHORITY', 'HOSPICE', 'OTHER');

-- CreateTable
CREATE TABLE "decision" (
    "id" UUID NOT NULL,
    "reference" VARCHAR(9) NOT NULL,
    "nhs_number" VARCHAR(10),
    "given_name" VARCHAR(100) NOT NULL,
    "family_name" VARCHAR(100) NOT NULL,
    "date_of_birth" DATE NOT NULL,
    "postcode" VARCHAR(8),
    "gp_practice_ods" VARCHAR(10),
    "choice" "Choice" NOT NULL,
    "made_by" "DecisionMaker" NOT NULL,
    "proxy_name" VARCHAR(200),
    "proxy_relationship" VARCHAR(100),
    "channel" "Channel" NOT NULL,
    "contact_email" VARCHAR(254),
    "decided_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recorded_by_kind" "ActorKind" NOT NULL,
    "recorded_by_id" VARCHAR(100),
    "source_reference" VARCHAR(200),
    "corrects_id" UUID,

    CONSTRAINT "decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decision_status_event" (
    "id" BIGSERIAL NOT NULL,
    "decision_id" UUID NOT NULL,
    "status" "DecisionStatus" NOT NULL,
    "reason" VARCHAR(1000),
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "by_kind" "ActorKind" NOT NULL,
    "by_id" VARCHAR(100),

    CONSTRAINT "decision_status_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_consent" (
    "nhs_number" VARCHAR(10) NOT NULL,
    "status" "ConsentStatus" NOT NULL,
    "decision_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "channel" "Channel",
    "seq" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "person_consent_pkey" PRIMARY KEY ("nhs_number")
);

-- CreateTable
CREATE TABLE "consent_change" (
    "seq" BIGINT NOT NULL,
    "nhs_number" VARCHAR(10) NOT NULL,
    "status" "ConsentStatus" NOT NULL,
    "decision_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "channel" "Channel",
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consent_change_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "consent_change_counter" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "last_seq" BIGINT NOT NULL,

    CONSTRAINT "consent_change_counter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_kind" "ActorKind" NOT NULL,
    "actor_id" VARCHAR(100),
    "action" VARCHAR(100) NOT NULL,
    "entity_type" VARCHAR(50) NOT NULL,
    "entity_id" VARCHAR(100) NOT NULL,
    "nhs_number" VARCHAR(10),
    "details" JSONB,
    "request_id" VARCHAR(100),

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "ods_code" VARCHAR(10) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "borough" "Borough" NOT NULL,
    "joined_on" DATE NOT NULL,
    "left_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "decision_reference_key" ON "decision"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "decision_corrects_id_key" ON "decision"("corrects_id");

-- CreateIndex
CREATE INDEX "decision_nhs_number_decided_at_idx" ON "decision"("nhs_number", "decided_at");

-- CreateIndex
CREATE INDEX "decision_family_name_date_of_birth_idx" ON "decision"("family_name", "date_of_birth");

-- CreateIndex
CREATE INDEX "decision_status_event_decision_id_id_idx" ON "decision_status_event"("decision_id", "id");

-- CreateIndex
CREATE INDEX "consent_change_nhs_number_seq_idx" ON "consent_change"("nhs_number", "seq");

-- CreateIndex
CREATE INDEX "audit_event_nhs_number_at_idx" ON "audit_event"("nhs_number", "at");

-- CreateIndex
CREATE INDEX "audit_event_actor_kind_actor_id_at_idx" ON "audit_event"("actor_kind", "actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_action_at_idx" ON "audit_event"("action", "at");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_ods_code_key" ON "organisation"("ods_code");

-- CreateIndex
CREATE INDEX "organisation_borough_type_idx" ON "organisation"("borough", "type");

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_corrects_id_fkey" FOREIGN KEY ("corrects_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "decision_status_event" ADD CONSTRAINT "decision_status_event_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "person_consent" ADD CONSTRAINT "person_consent_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "consent_change" ADD CONSTRAINT "consent_change_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- Written by hand: rules the Prisma schema cannot express.

-- Decisions, their status events, the change feed and the audit log are
-- append-only, for every role, superusers included. A correction is a new row.
CREATE FUNCTION forbid_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The % table is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Record a new entry instead (a correction points at the entry it corrects).';
END
$$;

CREATE TRIGGER decision_append_only BEFORE UPDATE OR DELETE ON "decision"
  FOR EACH ROW EXECUTE FUNCTION forbid_append_only_change();
CREATE TRIGGER decision_no_truncate BEFORE TRUNCATE ON "decision"
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_append_only_change();
CREATE TRIGGER decision_status_event_append_only BEFORE UPDATE OR DELETE ON "decision_status_event"
  FOR EACH ROW EXECUTE FUNCTION forbid_append_only_change();
CREATE TRIGGER decision_status_event_no_truncate BEFORE TRUNCATE ON "decision_status_event"
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_append_only_change();
CREATE TRIGGER consent_change_append_only BEFORE UPDATE OR DELETE ON "consent_change"
  FOR EACH ROW EXECUTE FUNCTION forbid_append_only_change();
CREATE TRIGGER consent_change_no_truncate BEFORE TRUNCATE ON "consent_change"
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_append_only_change();
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION forbid_append_only_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_append_only_change();

ALTER TABLE "decision"
  ADD CONSTRAINT "decision_nhs_number_format" CHECK ("nhs_number" ~ '^[0-9]{10}$'),
  ADD CONSTRAINT "decision_reference_format" CHECK ("reference" ~ '^[2-9A-HJKMNP-TV-Y]{9}$'),
  ADD CONSTRAINT "decision_proxy_named" CHECK (
    ("made_by" = 'SELF' AND "proxy_name" IS NULL AND "proxy_relationship" IS NULL)
    OR ("made_by" <> 'SELF' AND "proxy_name" IS NOT NULL AND "proxy_relationship" IS NOT NULL)
  ),
  ADD CONSTRAINT "decision_not_self_correcting" CHECK ("corrects_id" IS NULL OR "corrects_id" <> "id");

ALTER TABLE "decision_status_event"
  ADD CONSTRAINT "decision_status_event_withdrawal_reason" CHECK ("status" <> 'WITHDRAWN' OR "reason" IS NOT NULL);

ALTER TABLE "person_consent"
  ADD CONSTRAINT "person_consent_nhs_number_format" CHECK ("nhs_number" ~ '^[0-9]{10}$');

ALTER TABLE "consent_change_counter"
  ADD CONSTRAINT "consent_change_counter_single_row" CHECK ("id" = 1);
INSERT INTO "consent_change_counter" ("id", "last_seq") VALUES (1, 0);
