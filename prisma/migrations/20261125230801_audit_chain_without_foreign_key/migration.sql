-- DropForeignKey
ALTER TABLE "audit_chain" DROP CONSTRAINT "audit_chain_event_id_fkey";
