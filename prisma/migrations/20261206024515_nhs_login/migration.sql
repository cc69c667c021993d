-- CreateTable
CREATE TABLE "nhs_login_request" (
    "id" UUID NOT NULL,
    "browser_key_hash" CHAR(64) NOT NULL,
    "state" VARCHAR(100) NOT NULL,
    "nonce" VARCHAR(100) NOT NULL,
    "code_verifier" VARCHAR(200) NOT NULL,
    "redirect_uri" VARCHAR(500) NOT NULL,
    "purpose" VARCHAR(20) NOT NULL,
    "typed_nhs_number" CHAR(10),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "nhs_login_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resident_session" (
    "id" UUID NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "nhs_number" CHAR(10) NOT NULL,
    "given_name" VARCHAR(100) NOT NULL,
    "family_name" VARCHAR(100) NOT NULL,
    "date_of_birth" CHAR(10) NOT NULL,
    "email" VARCHAR(254),
    "phone_number" VARCHAR(40),
    "identity_proofing_level" VARCHAR(10) NOT NULL,
    "vot" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "resident_session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "nhs_login_request_browser_key_hash_key" ON "nhs_login_request"("browser_key_hash");

-- CreateIndex
CREATE INDEX "nhs_login_request_expires_at_idx" ON "nhs_login_request"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "resident_session_token_hash_key" ON "resident_session"("token_hash");

-- CreateIndex
CREATE INDEX "resident_session_expires_at_idx" ON "resident_session"("expires_at");

-- CreateIndex
CREATE INDEX "resident_session_nhs_number_idx" ON "resident_session"("nhs_number");
