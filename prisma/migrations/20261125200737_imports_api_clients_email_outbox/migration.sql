-- CreateEnum
CREATE TYPE "ImportSource" AS ENUM ('CAREMYWAY', 'CIDR');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENT');

-- AlterTable
ALTER TABLE "decision" ADD COLUMN     "import_run_id" UUID,
ADD COLUMN     "source_code" VARCHAR(20),
ADD COLUMN     "source_row" INTEGER;

-- CreateTable
CREATE TABLE "import_run" (
    "id" UUID NOT NULL,
    "source" "ImportSource" NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "row_count" INTEGER NOT NULL,
    "summary" JSONB NOT NULL,
    "ran_by_kind" "ActorKind" NOT NULL,
    "ran_by_id" VARCHAR(100),
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "committed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_client" (
    "id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "key_prefix" VARCHAR(16) NOT NULL,
    "key_hash" CHAR(64) NOT NULL,
    "scopes" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" VARCHAR(100),
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_by" VARCHAR(100),
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_outbox" (
    "id" UUID NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL,
    "to_address" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "text_body" TEXT NOT NULL,
    "html_body" TEXT,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" VARCHAR(2000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "email_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "callback_request" (
    "id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "phone" VARCHAR(40) NOT NULL,
    "preferred_time" VARCHAR(200),
    "message" VARCHAR(2000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handled_at" TIMESTAMPTZ(3),
    "handled_by" VARCHAR(100),

    CONSTRAINT "callback_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "import_run_sha256_key" ON "import_run"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "api_client_key_prefix_key" ON "api_client"("key_prefix");

-- CreateIndex
CREATE UNIQUE INDEX "email_outbox_idempotency_key_key" ON "email_outbox"("idempotency_key");

-- CreateIndex
CREATE INDEX "email_outbox_status_next_attempt_at_idx" ON "email_outbox"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "decision_channel_nhs_number_decided_at_idx" ON "decision"("channel", "nhs_number", "decided_at");

-- CreateIndex
CREATE INDEX "decision_import_run_id_idx" ON "decision"("import_run_id");

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_import_run_id_fkey" FOREIGN KEY ("import_run_id") REFERENCES "import_run"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- Written by hand: an import's provenance is history too.
CREATE TRIGGER import_run_append_only BEFORE UPDATE OR DELETE ON "import_run"
  FOR EACH ROW EXECUTE FUNCTION forbid_append_only_change();
CREATE TRIGGER import_run_no_truncate BEFORE TRUNCATE ON "import_run"
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_append_only_change();
