-- Staff single sign-on (docs/decisions/019-staff-single-sign-on.md).

-- AlterTable
ALTER TABLE "staff_session" ADD COLUMN     "sign_in_method" VARCHAR(20) NOT NULL DEFAULT 'password',
ADD COLUMN     "sso_id_token" TEXT;

-- AlterTable
ALTER TABLE "staff_account" ADD COLUMN     "issuer" VARCHAR(500);

-- CreateTable
CREATE TABLE "staff_sso_request" (
    "id" UUID NOT NULL,
    "browser_key_hash" CHAR(64) NOT NULL,
    "state" VARCHAR(100) NOT NULL,
    "nonce" VARCHAR(100) NOT NULL,
    "code_verifier" VARCHAR(200) NOT NULL,
    "redirect_uri" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "staff_sso_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "staff_sso_request_browser_key_hash_key" ON "staff_sso_request"("browser_key_hash");

-- CreateIndex
CREATE INDEX "staff_sso_request_expires_at_idx" ON "staff_sso_request"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "staff_account_issuer_account_id_key" ON "staff_account"("issuer", "account_id");
