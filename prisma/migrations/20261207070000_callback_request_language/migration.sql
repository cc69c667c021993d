-- The language a resident asked for a call back in: the contact page's language, so the team
-- rings back in it, with an interpreter (docs/decisions/030-residents-in-their-own-language.md).
-- NULL for requests made before this column existed. The same languages as decision.language.

ALTER TABLE "callback_request" ADD COLUMN "language" VARCHAR(10);

ALTER TABLE "callback_request" ADD CONSTRAINT "callback_request_language_known"
  CHECK ("language" IS NULL OR "language" IN ('en', 'bn', 'bg', 'so', 'es', 'tr', 'en-easy'));
