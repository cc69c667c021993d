-- DropIndex
DROP INDEX "decision_corrects_id_key";

-- CreateIndex
CREATE INDEX "decision_corrects_id_idx" ON "decision"("corrects_id");
