-- AlterTable
ALTER TABLE "staff_user" ADD COLUMN     "approval_requested_by" VARCHAR(64),
ADD COLUMN     "approved_at" TIMESTAMPTZ(3),
ADD COLUMN     "approved_by" VARCHAR(100),
ADD COLUMN     "last_totp_step" BIGINT,
ADD COLUMN     "must_change_password" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "staff_sign_in_throttle" (
    "key" VARCHAR(254) NOT NULL,
    "attempts" INTEGER NOT NULL,
    "window_started_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_sign_in_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "staff_sign_in_throttle_window_started_at_idx" ON "staff_sign_in_throttle"("window_started_at");

-- Accounts that exist already were made before second-admin approval: they keep signing in.
UPDATE "staff_user" SET "approved_at" = "created_at", "approved_by" = 'migration:before-approval' WHERE "approved_at" IS NULL;
