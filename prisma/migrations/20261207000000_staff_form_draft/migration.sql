-- Staff forms posted after the session ended, given back after sign-in (docs/decisions/024-nothing-lost-when-the-session-ends.md).

-- CreateTable
CREATE TABLE "staff_form_draft" (
    "id" UUID NOT NULL,
    "user_id" VARCHAR(64) NOT NULL,
    "path" VARCHAR(200) NOT NULL,
    "fields" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_form_draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "staff_form_draft_user_id_idx" ON "staff_form_draft"("user_id");

-- CreateIndex
CREATE INDEX "staff_form_draft_expires_at_idx" ON "staff_form_draft"("expires_at");

-- AddForeignKey
ALTER TABLE "staff_form_draft" ADD CONSTRAINT "staff_form_draft_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
