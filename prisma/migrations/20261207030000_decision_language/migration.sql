-- The language a decision was made in: the online journey's or NHS login's page language, or the
-- language of a keyed paper form (issue #17, docs/decisions/030-residents-in-their-own-language.md).
-- NULL where nobody knows: legacy imports and decisions recorded before this column existed.

ALTER TABLE "decision" ADD COLUMN "language" VARCHAR(10);

ALTER TABLE "decision" ADD CONSTRAINT "decision_language_known"
  CHECK ("language" IS NULL OR "language" IN ('en', 'bn', 'bg', 'so', 'es', 'tr', 'en-easy'));
