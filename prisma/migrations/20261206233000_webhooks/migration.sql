-- Webhooks: consent changes delivered to API clients' HTTPS endpoints (docs/decisions/026-webhooks.md).

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

-- CreateTable
CREATE TABLE "webhook_endpoint" (
    "id" UUID NOT NULL,
    "api_client_id" UUID NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "secret_encrypted" TEXT NOT NULL,
    "secret_prefix" VARCHAR(20) NOT NULL,
    "secret_rotated_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" VARCHAR(100),
    "disabled_at" TIMESTAMPTZ(3),
    "disabled_by" VARCHAR(100),

    CONSTRAINT "webhook_endpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_delivery" (
    "id" UUID NOT NULL,
    "endpoint_id" UUID NOT NULL,
    "seq" BIGINT NOT NULL,
    "nhs_number" VARCHAR(10) NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" VARCHAR(2000),
    "last_status_code" INTEGER,
    "last_attempt_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "webhook_endpoint_api_client_id_idx" ON "webhook_endpoint"("api_client_id");

-- CreateIndex
CREATE INDEX "webhook_delivery_status_next_attempt_at_idx" ON "webhook_delivery"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "webhook_delivery_endpoint_id_nhs_number_seq_idx" ON "webhook_delivery"("endpoint_id", "nhs_number", "seq");

-- CreateIndex
CREATE INDEX "webhook_delivery_endpoint_id_created_at_idx" ON "webhook_delivery"("endpoint_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_delivery_endpoint_id_seq_key" ON "webhook_delivery"("endpoint_id", "seq");

-- AddForeignKey
ALTER TABLE "webhook_endpoint" ADD CONSTRAINT "webhook_endpoint_api_client_id_fkey" FOREIGN KEY ("api_client_id") REFERENCES "api_client"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- Every change appended to the feed, by any writer (online refreshPersonConsent, the bulk
-- writer of the legacy importer), queues one delivery per active endpoint of an unrevoked client
-- in the same transaction: a delivery exists exactly when its change committed. One statement
-- per INSERT (a transition table), so a bulk append costs one INSERT … SELECT. Restores load
-- rows with session_replication_role = replica, so history is not queued again.
CREATE FUNCTION enqueue_webhook_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO webhook_delivery (id, endpoint_id, seq, nhs_number)
  SELECT gen_random_uuid(), e.id, c.seq, c.nhs_number
    FROM new_changes c
   CROSS JOIN webhook_endpoint e
    JOIN api_client a ON a.id = e.api_client_id
   WHERE e.disabled_at IS NULL AND a.revoked_at IS NULL;
  RETURN NULL;
END
$$;

CREATE TRIGGER consent_change_webhooks AFTER INSERT ON "consent_change"
  REFERENCING NEW TABLE AS new_changes
  FOR EACH STATEMENT EXECUTE FUNCTION enqueue_webhook_deliveries();
