-- CreateEnum
CREATE TYPE "ChoiceJourneyKind" AS ENUM ('OPT_OUT', 'OPT_IN');

-- CreateEnum
CREATE TYPE "EvidenceMethod" AS ENUM ('UPLOAD', 'POST');

-- CreateEnum
CREATE TYPE "EvidenceStatus" AS ENUM ('AWAITING_REVIEW', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "choice_journey" (
    "id" UUID NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "kind" "ChoiceJourneyKind" NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "evidence_content" BYTEA,
    "evidence_media_type" VARCHAR(50),
    "evidence_file_name" VARCHAR(255),
    "otp_hash" CHAR(64),
    "otp_salt" CHAR(32),
    "otp_email" VARCHAR(254),
    "otp_expires_at" TIMESTAMPTZ(3),
    "otp_attempts" INTEGER NOT NULL DEFAULT 0,
    "otp_sent_at" TIMESTAMPTZ(3),
    "otp_send_count" INTEGER NOT NULL DEFAULT 0,
    "verified_email" VARCHAR(254),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "choice_journey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "choice_submission" (
    "journey_id" UUID NOT NULL,
    "decision_id" UUID NOT NULL,
    "reference" VARCHAR(9) NOT NULL,
    "status" "DecisionStatus" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "choice_submission_pkey" PRIMARY KEY ("journey_id")
);

-- CreateTable
CREATE TABLE "decision_evidence" (
    "id" UUID NOT NULL,
    "decision_id" UUID NOT NULL,
    "method" "EvidenceMethod" NOT NULL,
    "status" "EvidenceStatus" NOT NULL DEFAULT 'AWAITING_REVIEW',
    "content" BYTEA,
    "media_type" VARCHAR(50),
    "file_name" VARCHAR(255),
    "size_bytes" INTEGER,
    "sha256" CHAR(64),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewed_at" TIMESTAMPTZ(3),
    "reviewed_by" VARCHAR(100),
    "review_note" VARCHAR(1000),

    CONSTRAINT "decision_evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "choice_journey_token_hash_key" ON "choice_journey"("token_hash");

-- CreateIndex
CREATE INDEX "choice_journey_expires_at_idx" ON "choice_journey"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "choice_submission_decision_id_key" ON "choice_submission"("decision_id");

-- CreateIndex
CREATE UNIQUE INDEX "decision_evidence_decision_id_key" ON "decision_evidence"("decision_id");

-- CreateIndex
CREATE INDEX "decision_evidence_status_created_at_idx" ON "decision_evidence"("status", "created_at");

-- AddForeignKey
ALTER TABLE "choice_submission" ADD CONSTRAINT "choice_submission_journey_id_fkey" FOREIGN KEY ("journey_id") REFERENCES "choice_journey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
